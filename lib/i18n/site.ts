import { frenchNoBreaks } from './french';
import { plural } from './intl';
import { CountWord, type Lang } from './lang';

/**
 * Every word of the site's own (not a story's) in both editions: header, footer, story page, share
 * bar, lists, about, search and 404. French must have every English key (the type says so); a
 * string with a number in it is a function, so each language can agree its own way.
 */
type SiteStrings = {
  name: string;
  description: string;
  footerBlurb: string;
  skip: string;
  nav: { label: string; stories: string; topics: string; about: string };
  search: {
    landmark: string;
    pageLandmark: string;
    label: string;
    placeholder: string;
    button: string;
    title: string;
    description: string;
    searching: string;
    unavailable: string;
    noScript: string;
    /** The result count, for 0, 1 and more results; the page hands these to the search script. */
    count: (n: number, query: string) => string;
  };
  theme: string;
  languageSwitch: { name: string; missing: string };
  share: { story: string; chart: string; native: string; copy: string; copied: string; copyFailed: string; newTab: string; email: string };
  /** The kicker of a share card: the site's own pages, and a story that has no tag. */
  cards: { site: string; untaggedStory: string; moreEvents: (n: number) => string; earlierEvents: (n: number) => string; laterEvents: (n: number) => string };
  /** The words around a translated quotation (only French stories hold <Quote>; English has them for the type's sake). */
  quote: { mark: string; markLabel: string; heading: string; back: (n: number) => string; feedMark: string };
  about: { title: string; description: string };
  story: {
    draft: string;
    scheduled: (date: string) => string;
    topics: string;
    by: (names: string) => string;
    published: string;
    updated: string;
    minutes: (n: number) => string;
    toc: string;
    sources: string;
    corrections: string;
    noCorrections: string;
    /** The footer's line on mistakes: a mailto link with `write` when the site has a corrections address, then the policy's link. */
    errorSpotted: { ask: string; write: string; readOur: string; orReadOur: string; subject: (title: string) => string };
    policy: string;
    anchor: (heading: string) => string;
    draftBadge: string;
    scheduledBadge: string;
  };
  home: { none: string; more: string; older: string; olderTitle: (page: number) => string; olderDescription: (page: number) => string };
  /** A list's pages (the home page's, a topic's): the links to the newer and older page, and where the reader is. */
  pages: { label: string; newer: string; older: string; pageOf: (page: number, count: number) => string; titled: (title: string, page: number) => string; topicDescription: (tag: string, page: number) => string };
  tags: { title: string; description: string; topic: string; stories: (n: number) => string; newestFirst: (n: number) => string; pageTitle: (tag: string) => string; pageDescription: (tag: string) => string };
  corrections: { title: string; description: string; intro: string; readPolicy: string; none: string; policyLink: string };
  notFound: { title: string; kicker: string; heading: string; body: string; home: string };
  /** Tag names in this edition; a tag missing here is shown from its slug. */
  tagNames: Record<string, string>;
};

const en: SiteStrings = {
  name: 'The N95 Files',
  description: 'Explainers on the April 2020 dispute over 3M’s N95 masks: Trump’s order, his plan to block exports to Canada and Latin America, and the deal that kept them flowing.',
  footerBlurb: 'The N95 Files: explainers built from the reporting of April 2020. Every figure names its source.',
  skip: 'Skip to content',
  nav: { label: 'Site', stories: 'Stories', topics: 'Topics', about: 'About' },
  search: {
    landmark: 'Site search',
    pageLandmark: 'Search stories',
    label: 'Search stories',
    placeholder: 'Search',
    button: 'Search',
    title: 'Search',
    description: 'Search every story.',
    searching: 'Searching…',
    unavailable: 'Search is not available right now. Every story is listed, newest first, starting from the home page.',
    noScript: 'Search needs JavaScript. Every story is listed, newest first, starting from the home page, and by topic.',
    count: (n, q) => `${n} ${plural(n, { one: 'result', other: 'results' }, 'en')} for “${q}”`,
  },
  theme: 'Dark theme',
  languageSwitch: { name: 'Français', missing: 'Édition française' },
  share: {
    story: 'Share this story',
    chart: 'Share this chart',
    native: 'Share…',
    copy: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'Could not copy: select the address bar and copy it',
    newTab: '(opens in a new tab)',
    email: 'Email',
  },
  cards: {
    site: 'Explainers',
    untaggedStory: 'Explainer',
    moreEvents: (n) => `${CountWord(n, 'en')} ${plural(n, { one: 'event', other: 'events' }, 'en')} in between`,
    // "Two later events": "Two events after" read as a fragment that had lost its object.
    earlierEvents: (n) => `${CountWord(n, 'en')} earlier ${plural(n, { one: 'event', other: 'events' }, 'en')}`,
    laterEvents: (n) => `${CountWord(n, 'en')} later ${plural(n, { one: 'event', other: 'events' }, 'en')}`,
  },
  quote: {
    mark: 'translation',
    markLabel: 'Translation: see the original English words',
    heading: 'Original quotations',
    back: (n) => `Back to quotation ${n}`,
    // In a feed, before the English words: "[translation; original: “…”]".
    feedMark: 'translation; original:',
  },
  about: { title: 'About us and our corrections policy', description: 'How The N95 Files reports, sources its figures and corrects its mistakes.' },
  story: {
    draft: 'Draft: visible in development only; it is left out of the published site.',
    scheduled: (date) => `Scheduled: a production build leaves it out until ${date}.`,
    topics: 'Topics',
    by: (names) => `By ${names}`,
    published: 'Published',
    updated: 'Updated',
    minutes: (n) => `${n}\u00a0min\u00a0read`,
    toc: 'In this story',
    sources: 'Sources',
    corrections: 'Corrections',
    noCorrections: 'No corrections have been made to this story.',
    errorSpotted: { ask: 'Spotted an error?', write: 'Email the editors', readOur: 'Read our', orReadOur: 'or read our', subject: (title) => `Correction: ${title}` },
    policy: 'corrections policy',
    anchor: (heading) => `Link to the section “${heading}”`,
    draftBadge: 'Draft',
    scheduledBadge: 'Scheduled',
  },
  home: {
    none: 'No stories have been published yet.',
    more: 'More explainers',
    older: 'Older explainers',
    olderTitle: (page) => `Older explainers, page\u00a0${page}`,
    olderDescription: (page) => `Page\u00a0${page} of our explainers, newest first.`,
  },
  pages: {
    label: 'Pages',
    newer: 'Newer stories',
    older: 'Older stories',
    pageOf: (page, count) => `Page\u00a0${page}\u00a0of\u00a0${count}`,
    titled: (title, page) => `${title}, page\u00a0${page}`,
    topicDescription: (tag, page) => `Page\u00a0${page} of our explainers on ${tag}, newest first.`,
  },
  tags: {
    title: 'Topics',
    description: 'Every topic our explainers cover.',
    topic: 'Topic',
    stories: (n) => `${n} ${plural(n, { one: 'story', other: 'stories' }, 'en')}`,
    newestFirst: (n) => `${n} ${plural(n, { one: 'story', other: 'stories' }, 'en')}${n > 1 ? ', newest first' : ''}`,
    pageTitle: (tag) => `Stories about ${tag}`,
    pageDescription: (tag) => `Every explainer on ${tag}, newest first.`,
  },
  corrections: {
    title: 'Corrections',
    description: 'Every correction we have made to a published story, newest first.',
    intro: 'When we get something wrong we fix it and say so, on the story and here. Read our',
    readPolicy: 'corrections policy',
    none: 'No corrections have been made to any published story.',
    policyLink: 'Corrections policy',
  },
  notFound: {
    title: 'Page not found',
    kicker: 'Error 404',
    heading: 'We can’t find that page',
    body: 'The address may be mistyped, or the page may have moved. Every story we publish is listed, newest first, starting from the home page.',
    home: 'Go to the latest stories',
  },
  tagNames: { '3m': '3M', 'defense-production-act': 'Defense Production Act' },
};

const frWritten: SiteStrings = {
  name: 'Les Dossiers N95',
  description: 'Des explications sur le différend d’avril 2020 autour des masques N95 de 3M : la directive de Trump, son projet de bloquer les exportations vers le Canada et l’Amérique latine, puis l’entente qui a permis de les maintenir.',
  footerBlurb: 'Les Dossiers N95\u00a0: des textes explicatifs fondés sur des articles de presse d’avril 2020. La source de chaque chiffre est indiquée.',
  skip: 'Aller au contenu',
  nav: { label: 'Site', stories: 'Articles', topics: 'Sujets', about: 'À propos' },
  search: {
    landmark: 'Recherche dans le site',
    pageLandmark: 'Rechercher les articles',
    label: 'Rechercher les articles',
    placeholder: 'Rechercher',
    button: 'Rechercher',
    title: 'Recherche',
    description: 'Cherchez dans tous nos articles.',
    searching: 'Recherche en cours…',
    unavailable: 'La recherche est indisponible pour le moment. Tous nos articles sont répertoriés à partir de la page d’accueil, du plus récent au plus ancien.',
    noScript: 'La recherche nécessite JavaScript. Tous nos articles sont répertoriés à partir de la page d’accueil, du plus récent au plus ancien, et par sujet.',
    count: (n, q) => `${n}\u00a0${plural(n, { one: 'résultat', other: 'résultats' }, 'fr')} pour «\u00a0${q}\u00a0»`,
  },
  theme: 'Thème sombre',
  languageSwitch: { name: 'English', missing: 'English edition' },
  share: {
    story: 'Partager cet article',
    chart: 'Partager ce graphique',
    native: 'Partager…',
    copy: 'Copier le lien',
    copied: 'Lien copié',
    copyFailed: 'Copie impossible\u00a0: sélectionnez la barre d’adresse et copiez-la',
    newTab: '(s’ouvre dans un nouvel onglet)',
    email: 'Courriel',
  },
  cards: {
    site: 'Textes explicatifs',
    untaggedStory: 'Texte explicatif',
    moreEvents: (n) => `${CountWord(n, 'fr')}\u00a0${plural(n, { one: 'autre événement', other: 'autres événements' }, 'fr')}`,
    earlierEvents: (n) => `${CountWord(n, 'fr')}\u00a0${plural(n, { one: 'autre événement auparavant', other: 'autres événements auparavant' }, 'fr')}`,
    laterEvents: (n) => `${CountWord(n, 'fr')}\u00a0${plural(n, { one: 'autre événement par la suite', other: 'autres événements par la suite' }, 'fr')}`,
  },
  quote: {
    mark: 'traduction',
    markLabel: 'Traduction\u00a0: voir la citation originale en anglais',
    heading: 'Citations originales',
    back: (n) => `Retour à la citation ${n}`,
    feedMark: 'traduction\u00a0; original\u00a0:',
  },
  about: { title: 'À propos et politique de correction', description: 'Notre façon de travailler, l’origine de nos chiffres et la manière dont nous corrigeons nos erreurs.' },
  story: {
    draft: 'Brouillon\u00a0: visible en développement seulement\u00a0; il est exclu du site publié.',
    scheduled: (date) => `Programmé\u00a0: une version de production l’exclut jusqu’au ${date}.`,
    topics: 'Sujets',
    // "Par la rédaction": an article opening a byline is lower case after "Par".
    by: (names) => `Par ${names.replace(/^(L’|La |Le |Les )/, (article) => article.toLowerCase())}`,
    published: 'Publié le',
    updated: 'Mis à jour le',
    minutes: (n) => `Lecture\u00a0de\u00a0${n}\u00a0min`,
    toc: 'Dans cet article',
    sources: 'Sources',
    corrections: 'Corrections',
    noCorrections: 'Aucune correction n’a été apportée à cet article.',
    errorSpotted: { ask: 'Vous avez relevé une erreur\u00a0?', write: 'Écrivez à la rédaction', readOur: 'Consultez notre', orReadOur: 'ou consultez notre', subject: (title) => `Correction\u00a0: ${title}` },
    policy: 'politique de correction',
    anchor: (heading) => `Lien vers la section «\u00a0${heading}\u00a0»`,
    draftBadge: 'Brouillon',
    scheduledBadge: 'Programmé',
  },
  home: {
    none: 'Aucun article n’a encore été publié.',
    more: 'À lire aussi',
    older: 'Articles plus anciens',
    olderTitle: (page) => `Articles plus anciens, page\u00a0${page}`,
    olderDescription: (page) => `Page\u00a0${page} de nos textes explicatifs, classés du plus récent au plus ancien.`,
  },
  pages: {
    label: 'Pagination',
    newer: 'Plus récents',
    older: 'Plus anciens',
    pageOf: (page, count) => `Page\u00a0${page}\u00a0sur\u00a0${count}`,
    titled: (title, page) => `${title}, page\u00a0${page}`,
    topicDescription: (tag, page) => `Page\u00a0${page} de nos textes explicatifs sur le sujet «\u00a0${tag}\u00a0», classés du plus récent au plus ancien.`,
  },
  tags: {
    title: 'Sujets',
    description: 'Tous les sujets abordés dans nos textes explicatifs.',
    topic: 'Sujet',
    stories: (n) => `${n}\u00a0${plural(n, { one: 'article', other: 'articles' }, 'fr')}`,
    newestFirst: (n) => `${n}\u00a0${plural(n, { one: 'article', other: 'articles' }, 'fr')}${n > 1 ? ', du plus récent au plus ancien' : ''}`,
    pageTitle: (tag) => `Articles sur le sujet «\u00a0${tag}\u00a0»`,
    pageDescription: (tag) => `Tous nos textes explicatifs sur le sujet «\u00a0${tag}\u00a0», du plus récent au plus ancien.`,
  },
  corrections: {
    title: 'Corrections',
    description: 'Toutes les corrections apportées à nos articles publiés, de la plus récente à la plus ancienne.',
    intro: 'Quand nous nous trompons, nous corrigeons l’erreur et nous le signalons, dans l’article et ici. Consultez notre',
    readPolicy: 'politique de correction',
    none: 'Aucune correction n’a été apportée à nos articles publiés.',
    policyLink: 'Politique de correction',
  },
  notFound: {
    title: 'Page introuvable',
    kicker: 'Erreur 404',
    heading: 'Nous ne trouvons pas cette page',
    body: 'Il se peut que l’adresse soit mal saisie ou que la page ait été déplacée. Tous nos articles sont répertoriés à partir de la page d’accueil, du plus récent au plus ancien.',
    home: 'Voir les derniers articles',
  },
  tagNames: { '3m': '3M', canada: 'Canada', data: 'Données', diplomacy: 'Diplomatie', trade: 'Commerce', 'defense-production-act': 'Defense Production Act', 'health-care': 'Santé' },
};

/** Every French string, and every French function's result, with what a line must not break inside (États‑Unis). */
function noBreaks<T>(value: T): T {
  if (typeof value === 'string') return frenchNoBreaks(value) as T;
  if (typeof value === 'function') return ((...args: unknown[]) => noBreaks(value(...args))) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, noBreaks(v)])) as T;
  return value;
}

const fr = noBreaks(frWritten);

export const SITE_STRINGS: Record<Lang, SiteStrings> = { en, fr };

export const siteText = (lang: Lang) => SITE_STRINGS[lang];

/** The kicker of a story's share card: its first tag's name, or a word for an untagged story, in its edition. */
export const storyKicker = (tags: readonly string[], lang: Lang): string => (tags.length ? tagName(tags[0], lang) : SITE_STRINGS[lang].cards.untaggedStory);

/** A tag's name in an edition: "defense-production-act" → "Defense Production Act"; "trade" → "Trade" or "Commerce". */
export function tagName(tag: string, lang: Lang): string {
  // Own names only: a tag called "constructor" or "toString" is a word, not a property of every object.
  const names = SITE_STRINGS[lang].tagNames;
  if (Object.hasOwn(names, tag)) return names[tag];
  const words = tag.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
