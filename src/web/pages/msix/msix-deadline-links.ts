/** The address parameter of the MSIX deadlines' status filter (the /msix page and the home card). */
export const DEADLINE_STATUS_PARAM = 'deadlineStatus';
/** The MSIX deadlines section's anchor on the /msix page, for the home page's card. */
export const DEADLINES_ANCHOR = 'deadlines';
