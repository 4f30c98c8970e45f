export {
  type Checklist,
  type ChecklistItem,
  checklistItemSchema,
  checklistSchema,
  defineChecklist,
  GUIDE_SLUGS,
  type GuideSlug,
} from "./schema";
export { beforeADispute, beforeYouBuy, CHECKLISTS, evidence, getChecklist, returnOverseas, unboxing } from "./data";
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
