/** Where the shared case is kept in localStorage. Versioned, so a new format never misreads an old one. */
export const CASE_STORAGE_KEY = "recourse:case:v1";
