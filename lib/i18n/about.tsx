import type { Lang } from './lang';

/**
 * The about page's text in each edition: written, not translated sentence by sentence, so each is
 * whole prose rather than catalogue entries. Its title and description are in site.ts.
 */
function English({ email }: { email?: string }) {
  return (
    <>
      <h1>About The N95 Files</h1>
      <p>
        The N95 Files explains the dispute of April 2020 over 3M’s N95 respirators: the US order under the Defense
        Production Act, the threat to stop exports to Canada and Latin America, Canada’s decision not to retaliate, and
        the deal that kept the masks moving.
      </p>
      <h2 id="sources">How we use sources</h2>
      <p>
        Our explainers are written from published news reports of the time. Every figure in a story or a chart names
        who gave it and when. Quotations are reproduced word for word and attributed to the person who said them. When a
        figure was never made public, such as 3M’s February output, we say it is unknown rather than estimate it.
      </p>
      <h2 id="french-edition">Our French edition</h2>
      <p>
        Every story is also published in French, written by our own editors. The people we quote spoke English: in French,
        their words are our translation, marked “[traduction]”, with the original English one tap away.
      </p>
      <h2 id="corrections">Corrections policy</h2>
      <p>
        We correct errors of fact as soon as we confirm them. A correction is noted at the foot of the story, with the date
        and what changed; we do not quietly rewrite published work. Corrected stories show an “Updated” date. A correction
        is made in both editions.
      </p>
      <p>
        Small fixes that do not change meaning, such as a typo, are made without a note. If you believe we have made a
        mistake, tell the editors{email && <> at <a href={`mailto:${email}`}>{email}</a></>}, naming the story and the passage.
      </p>
    </>
  );
}

function French({ email }: { email?: string }) {
  return (
    <>
      <h1>À propos des Dossiers N95</h1>
      <p>
        Les Dossiers N95 expliquent le différend d’avril 2020 autour des respirateurs N95 de 3M&nbsp;: la directive donnée par
        Washington en vertu de la <i lang="en">Defense Production Act</i>, la menace de couper les exportations vers le
        Canada et l’Amérique latine, le refus du Canada de riposter et l’entente qui a permis aux masques de continuer à
        circuler.
      </p>
      <h2 id="sources">Nos sources</h2>
      <p>
        Nos textes explicatifs reposent sur des articles de presse publiés à l’époque. Chaque chiffre, dans un article comme dans un
        graphique, indique qui l’a avancé et quand. Les citations sont attribuées à leur auteur et fidèles à ses propos : mot pour mot en anglais, traduites en français (voir ci-dessous).
        Quand un chiffre n’a jamais été rendu public, comme la production de 3M en février, nous le disons plutôt que de
        l’estimer.
      </p>
      <h2 id="french-edition">Notre édition française</h2>
      <p>
        Chaque article paraît aussi en français, rédigé par notre équipe. Les personnes citées se sont exprimées en
        anglais&nbsp;: en français, leurs propos sont notre traduction, signalée par la mention «&nbsp;[traduction]&nbsp;», et
        les mots originaux restent accessibles d’un clic.
      </p>
      <h2 id="corrections">Politique de correction</h2>
      <p>
        Nous corrigeons les erreurs de fait dès que nous les avons vérifiées. La correction est signalée au bas de
        l’article, avec sa date et ce qui a changé&nbsp;; nous ne modifions jamais un texte publié sans le signaler. Un article corrigé
        affiche une date de mise à jour. Toute correction est apportée dans les deux éditions.
      </p>
      <p>
        Les petites retouches qui ne changent pas le sens, comme une coquille, sont faites sans mention. Si vous croyez que
        nous avons commis une erreur, écrivez à la rédaction{email && <> à l’adresse <a href={`mailto:${email}`}>{email}</a></>} en précisant l’article et le passage en cause.
      </p>
    </>
  );
}

/** The about page's text in the edition's language. */
export const AboutText = ({ lang, email }: { lang: Lang; email?: string }) => (lang === 'fr' ? <French email={email} /> : <English email={email} />);
