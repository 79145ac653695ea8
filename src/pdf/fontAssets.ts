// Font files are separate lazy assets: fetched only when a PDF is exported (the CSP allows connect-src 'self').
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import cjkUrl from '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url';
import type { FontLoader } from './draw';
import type { FontId } from './primitives';

const URLS: Record<FontId, string> = { regular: regularUrl, bold: boldUrl, cjk: cjkUrl };

export const loadFontAsset: FontLoader = async (font) => {
  const response = await fetch(URLS[font]);
  if (!response.ok) throw new Error(`Could not load the PDF font (${font}): ${response.status}`);
  return response.arrayBuffer();
};
