import { ImageResponse } from 'next/og';
import { shareImageFonts } from '@/lib/share-image/fonts';

export const dynamic = 'force-static';

/** The publisher logo named in every story's structured data (512×512, drawn at build time). */
export function GET() {
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', background: '#b91c1c', color: '#ffffff', fontFamily: 'Serif' }}>
        <div style={{ fontSize: 220, fontWeight: 700, lineHeight: 1 }}>N95</div>
        <div style={{ fontSize: 64, fontWeight: 600, fontFamily: 'Sans', marginTop: 24 }}>FILES</div>
      </div>
    ),
    { width: 512, height: 512, fonts: shareImageFonts() },
  );
}
