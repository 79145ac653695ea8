import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AssetLoader } from '../../src/pdf/draw';
import type { AssetId } from '../../src/pdf/fonts/catalog';

const require = createRequire(import.meta.url);

/** The files the app fetches as assets (src/pdf/fonts/assets.ts), by package path. */
export const ASSET_FILES: Record<AssetId, string> = {
  hbSubset: 'harfbuzzjs/dist/harfbuzz-subset.wasm',
  sans: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  sansBold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  arabic: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  arabicBold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  hebrew: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  hebrewBold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  devanagari: '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf',
  devanagariBold: '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf',
  thai: '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf',
  thaiBold: '@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf',
  jp: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  sc: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  tc: '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf',
  kr: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  emoji: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
};

/** Node tests read the same files the app fetches as assets. */
export const nodeAssetLoader: AssetLoader = async (asset) => {
  const path = require.resolve(ASSET_FILES[asset]);
  const bytes = readFileSync(path);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};
