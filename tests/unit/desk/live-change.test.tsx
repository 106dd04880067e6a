import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { LiveChange } from '@/app/desk/(tools)/edit/LiveChange';

const text = (since: string) => renderToStaticMarkup(<LiveChange since={since} timeZone="America/Toronto" button="" onAddCorrection={() => {}} onSmallFix={() => {}} />).replace(/<[^>]+>/g, ' ');

describe('the live story’s question', () => {
  test('says since when readers have seen the story, on the newsroom’s clock, time first, so that no sentence ends "a.m.."', () => {
    const said = text('2026-11-16T14:00:00Z');
    expect(said).toContain('Live since 9 a.m. ET on Nov. 16, 2026. If this change corrects a fact');
    expect(said).not.toMatch(/\.\./);
    expect(text('2026-07-01T16:00:00Z')).toContain('Live since noon ET on July 1, 2026.');
  });
});
