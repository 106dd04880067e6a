// The feed bodies kept between builds (scripts/write-feeds.tsx). Rendering every story's body for
// the feeds is most of that step at archive scale (2,006 bodies), and a correction changes one.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Story } from '../../lib/content/stories';

/** A story's key among the plan's bodies: its edition and slug. */
export const bodyKey = (story: Pick<Story, 'lang' | 'slug'>) => `${story.lang}/${story.slug}`;

/**
 * A cache of rendered bodies in `dir`, each under the fingerprint the page plan gives its story
 * (`fingerprints`, by bodyKey): its fields, its text and its data files, from which alone its body
 * comes (scripts/lib/page-plan.ts). The folder must be one for the code that renders them:
 * scripts/build.mjs names it after the code key, so a change of code or environment starts afresh.
 * A story without a fingerprint is rendered and not kept. `finish` removes the bodies no story used.
 */
export function bodyCache(dir: string, fingerprints: Record<string, string> = {}) {
  const used = new Set<string>();
  let rendered = 0;
  fs.mkdirSync(dir, { recursive: true });
  return {
    html(story: Story, render: (story: Story) => string): string {
      const print = fingerprints[bodyKey(story)];
      const file = print && path.join(dir, `${print}.html`);
      if (file) {
        used.add(path.basename(file));
        try {
          return fs.readFileSync(file, 'utf8');
        } catch {
          // Not rendered yet.
        }
      }
      const html = render(story);
      rendered++;
      if (file) {
        // Written whole, then renamed: a build stopped halfway never leaves half a body.
        const partial = `${file}.${process.pid}.${crypto.randomUUID()}.tmp`;
        fs.writeFileSync(partial, html);
        fs.renameSync(partial, file);
      }
      return html;
    },
    finish() {
      let pruned = 0;
      for (const name of fs.readdirSync(dir)) {
        if (used.has(name)) continue;
        fs.rmSync(path.join(dir, name), { force: true });
        pruned++;
      }
      return { rendered, pruned };
    },
  };
}
