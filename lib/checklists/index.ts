export {
  type Checklist,
  type ChecklistItem,
  checklistItemSchema,
  checklistSchema,
  defineChecklist,
  GUIDE_SLUGS,
  type GuideSlug,
} from "./schema";
export {
  beforeADispute,
  beforeObjectingToASeizure,
  beforeYouBuy,
  CHECKLIST_FACT_IDS,
  CHECKLISTS,
  evidence,
  getChecklist,
  lostOrDamagedParcel,
  returnOverseas,
  unboxing,
} from "./data";
export { checklistFactIds, fillChecklistFacts } from "./facts";
export {
  CHECKLIST_STORAGE_PREFIX,
  type ChecklistProgress,
  type ChecklistState,
  checklistStorageKey,
  EMPTY_STATE,
  isDone,
  parseStoredState,
  progress,
  serializeState,
  setItemDone,
  toggleItem,
} from "./progress";
