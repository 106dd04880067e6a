import type { ReactNode } from 'react';
import { site } from '../site';

type Props = {
  /** Small line above the headline: the section, or "Chart". */
  kicker: string;
  title: string;
  dek?: string;
  /** A chart (an <svg> with concrete colours), shown beside the text. */
  chart?: ReactNode;
  /** Where it lives, printed at the foot: "n95files.example/stories/…". */
  footer: string;
};

/** The 1200×630 link-preview card, laid out for Satori (inline styles, flex only). */
export function ShareCard({ kicker, title, dek, chart, footer }: Props) {
  const wide = !chart;
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', color: '#111827', fontFamily: 'Sans' }}>
      <div style={{ height: 14, background: '#b91c1c', display: 'flex' }} />
      <div style={{ flex: 1, display: 'flex', padding: '48px 56px 36px', gap: 40 }}>
        <div style={{ flex: 1, display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: 26, fontWeight: 600, color: '#b91c1c', letterSpacing: 1, textTransform: 'uppercase' }}>{kicker}</div>
          <div style={{ marginTop: 18, fontFamily: 'Serif', fontWeight: 700, fontSize: wide ? 66 : 50, lineHeight: 1.12, display: 'block', lineClamp: 4 }}>{title}</div>
          {dek ? <div style={{ marginTop: 20, fontSize: wide ? 30 : 26, lineHeight: 1.35, color: '#374151', display: 'block', lineClamp: wide ? 3 : 4 }}>{dek}</div> : null}
        </div>
        {chart ? (
          <div style={{ width: 470, display: 'flex', alignItems: 'center', justifyContent: 'center', border: '2px solid #e5e7eb', borderRadius: 12, padding: 16 }}>
            {chart}
          </div>
        ) : null}
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', padding: '0 56px 32px', fontSize: 24, color: '#4b5563' }}>
        <span style={{ fontWeight: 600, color: '#111827' }}>{site.name}</span>
        <span>{footer}</span>
      </div>
    </div>
  );
}
