export { catalogue, type MessageKey } from './catalogue';
export { type Catalogue, type Language, type Translate, translator } from './translate';
