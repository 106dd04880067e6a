import { ImageResponse } from 'next/og';
import type { ComponentProps } from 'react';
import { SHARE_IMAGE } from '../metadata';
import { shareImageFonts } from './fonts';
import { ShareCard } from './ShareCard';

/** A PNG share card, rendered at build time (Satori + resvg, no browser, no network). */
export function shareImageResponse(props: ComponentProps<typeof ShareCard>): ImageResponse {
  return new ImageResponse(<ShareCard {...props} />, { ...SHARE_IMAGE, fonts: shareImageFonts() });
}
