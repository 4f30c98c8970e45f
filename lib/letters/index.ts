export {
  COMPUTED_FIELD_NAMES,
  type ComputedFieldName,
  DEFAULT_REPLY_DAYS,
  FIELD_META,
  type FieldMeta,
  LETTER_FIELD_NAMES,
  LETTER_LANGUAGES,
  type LetterFieldName,
  type LetterFields,
  letterFieldSchema,
  type LetterLanguage,
  MAX_REPLY_DAYS,
  MIN_REPLY_DAYS,
  optionalField,
  PROBLEM_PHRASES,
  type Remedy,
  REMEDIES,
  REMEDY_PHRASES,
  type TokenName,
} from "./fields";
export {
  getLetterTemplate,
  isLetterTemplateId,
  LETTER_TEMPLATE_IDS,
  LETTER_TEMPLATES,
  type LetterTemplate,
  type LetterTemplateId,
  parseTemplateText,
  type TemplateNode,
  type TemplateSegment,
} from "./templates";
export { formFieldsFor, type LetterPart, type LetterVersion, partsToText, type RenderedLetter, renderLetter } from "./render";
export { type LetterQueryResult, parseLetterQuery, toLetterQuery } from "./query";
