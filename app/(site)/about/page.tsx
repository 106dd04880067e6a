import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/metadata';
import { site } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'About us and our corrections policy',
  description: `How ${site.name} reports, sources its figures and corrects its mistakes.`,
  path: '/about/',
});

export default function AboutPage() {
  return (
    <div className="prose mx-auto max-w-prose font-serif prose-headings:font-sans dark:prose-invert">
      <h1>About {site.name}</h1>
      <p>
        {site.name} explains the dispute of April 2020 over 3M’s N95 respirators: the US order under the Defense
        Production Act, the threat to stop exports to Canada and Latin America, Canada’s decision not to retaliate, and
        the deal that kept the masks moving.
      </p>
      <h2 id="sources">How we use sources</h2>
      <p>
        Our explainers are written from published news reports of the time. Every figure in a story or a chart names
        who gave it and when. Quotations are reproduced word for word and attributed to the person who said them. When a
        figure was never made public, such as 3M’s February output, we say it is unknown rather than estimate it.
      </p>
      <h2 id="corrections">Corrections policy</h2>
      <p>
        We correct errors of fact as soon as we confirm them. A correction is noted at the foot of the story, with the date
        and what changed; we do not quietly rewrite published work. Corrected stories show an “Updated” date.
      </p>
      <p>
        Small fixes that do not change meaning, such as a typo, are made without a note. If you believe we have made a
        mistake, tell the editors, naming the story and the passage.
      </p>
    </div>
  );
}
