import { CHECKLISTS } from "../checklists";
import { LETTER_TEMPLATE_IDS } from "../letters";

/**
 * The values of each dynamic route outside the guides and topics (which the content build fills in
 * itself), so links to them can be checked. A dynamic route missing here fails content:check.
 */
export function dynamicRouteParams(): Record<string, readonly string[]> {
  return {
    "/tools/checklists/[id]": CHECKLISTS.map((list) => list.id),
    "/tools/letters/[id]": [...LETTER_TEMPLATE_IDS],
  };
}
