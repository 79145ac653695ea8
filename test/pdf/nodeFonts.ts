import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontLoader } from '../../src/pdf/draw';
import type { FontId } from '../../src/pdf/primitives';

const require = createRequire(import.meta.url);

export const FONT_FILES: Record<FontId, string> = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  cjk: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
};

/** Node tests read the same font files the app fetches as assets. */
export const nodeFontLoader: FontLoader = async (font) => {
  const bytes = readFileSync(require.resolve(FONT_FILES[font]));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};
