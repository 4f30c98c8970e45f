/**
 * The values of each dynamic route outside the guides (which the content build fills in itself),
 * so links to them can be checked. A dynamic route missing here fails content:check.
 */
export function dynamicRouteParams(): Record<string, readonly string[]> {
  return {};
}
