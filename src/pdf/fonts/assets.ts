// Font files and the subsetter are separate assets, fetched only when an export needs them (connect-src 'self').
import subsetUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import emojiUrl from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import sansBoldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import sansUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import arabicBoldUrl from '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf?url';
import arabicUrl from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import devanagariBoldUrl from '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf?url';
import devanagariUrl from '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf?url';
import jpUrl from '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url';
import krUrl from '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url';
import scUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import tcUrl from '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf?url';
import thaiBoldUrl from '@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf?url';
import thaiUrl from '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf?url';
import hebrewBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import hebrewUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { AssetLoader } from '../draw';
import type { AssetId } from './catalog';

const URLS: Record<AssetId, string> = {
  hbSubset: subsetUrl,
  sans: sansUrl,
  sansBold: sansBoldUrl,
  arabic: arabicUrl,
  arabicBold: arabicBoldUrl,
  hebrew: hebrewUrl,
  hebrewBold: hebrewBoldUrl,
  devanagari: devanagariUrl,
  devanagariBold: devanagariBoldUrl,
  thai: thaiUrl,
  thaiBold: thaiBoldUrl,
  jp: jpUrl,
  sc: scUrl,
  tc: tcUrl,
  kr: krUrl,
  emoji: emojiUrl,
};

export const loadAsset: AssetLoader = async (asset) => {
  const response = await fetch(URLS[asset]);
  if (!response.ok) throw new Error(`Could not load a file the PDF needs (${asset}): ${response.status}`);
  return response.arrayBuffer();
};
