/**
 * A story's section heading breaks as a headline does: balanced, and never between words that
 * belong together ("The dispute at a / glance" left a word alone on a phone).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { HeadingWithAnchor } from '@/components/HeadingWithAnchor';

const html = (node: React.ReactElement) => renderToStaticMarkup(node).replaceAll('\u00a0', '_');

describe('a section heading', () => {
  test('joins the words that lean on the next, and asks the browser to balance its lines', () => {
    const h = html(<HeadingWithAnchor level={2} id="glance" edition="en">The dispute at a glance</HeadingWithAnchor>);
    expect(h).toMatch(/^<h2 id="glance" class="[^"]*\btext-balance\b[^"]*">The_dispute at_a_glance<a /);
    // The anchor's name reads the heading as written.
    expect(h).toContain('aria-label="Link to the section “The dispute at a glance”"');
  });

  test('a subheading, in smaller type, keeps longer runs: a name and its preposition', () => {
    const h = html(<HeadingWithAnchor level={3} id="mardi" edition="fr">Mardi 7 avril : l’explication de Chrystia Freeland</HeadingWithAnchor>);
    expect(h).toContain('>Mardi_7_avril : l’explication de_Chrystia_Freeland<');
    // A section heading, in larger type, joins runs of 14 letters at most, and a pair of 17: the name, not « de Chrystia ».
    expect(html(<HeadingWithAnchor level={2} id="x" edition="fr">L’explication de Chrystia Freeland</HeadingWithAnchor>)).toContain('>L’explication de Chrystia_Freeland<');
    expect(html(<HeadingWithAnchor level={2} id="y" edition="fr">Les exportations vers le Canada et l’Amérique latine</HeadingWithAnchor>)).toContain('et l’Amérique_latine<');
  });

  test('in French by French rules, and only in its plain text, never inside its markup', () => {
    const h = html(
      <HeadingWithAnchor level={3} id="samedi" edition="fr">
        Samedi 4 avril : Ottawa exclut <em>les contre-mesures</em> de la riposte
      </HeadingWithAnchor>,
    );
    expect(h).toContain('<h3 id="samedi"');
    expect(h).toContain('<em>les contre-mesures</em> de_la_riposte');
    expect(h).toMatch(/>Samedi_4_avril : Ottawa exclut <em>/);
  });
});
