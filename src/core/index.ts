export * from './types.js';
export * from './events.js';
export { VkElement, type DocumentModel } from './vk-element.js';
export { setLocale, getLocale, followDocumentLanguage, localeReady, localizationSharedWithHost, normalizeLocale, uiLocales, type UiLocale } from './localize.js';
export { registerPictograms, setPictogramBase, resolvePictogram, listBuiltInPictograms, type ResolvedPictogram } from './pictograms.js';
export { pictogramCategories, type PictogramCategory } from './pictogram-catalog.js';
export { resolveText, textIn, directionOf } from './text.js';
export { isSafeUrl } from './schema.js';
export { setSpeechEngine, canReadAloud, type SpeechEngine, type Utterance } from './read-aloud.js';
