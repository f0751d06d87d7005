import { z } from 'zod';

/**
 * Every error the API returns has one of these stable codes, an HTTP status, and a message in
 * Hebrew and English. The web maps codes to the same messages; clients may rely on the codes.
 */
export const errorCatalog = {
  VALIDATION_FAILED: { status: 400, he: 'הנתונים שנשלחו אינם תקינים', en: 'The request data is not valid' },
  MALFORMED_JSON: { status: 400, he: 'גוף הבקשה אינו JSON תקין', en: 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, he: 'סוג התוכן אינו נתמך', en: 'The content type is not supported' },
  PAYLOAD_TOO_LARGE: { status: 413, he: 'הקובץ או הבקשה גדולים מדי', en: 'The request or file is too large' },
  GAME_TOO_LARGE: {
    status: 413,
    he: 'המשחק גדול מדי לבקשה אחת: תנו את ערכי הקבוצות בצורה המקוצרת (values, מספר אחד לכל קבוצה), עד 20 משתתפים, או מודל עלות',
    en: 'The game is too large for one request: give the groups\' values in compact form (values, one number per group), up to 20 participants, or a cost model',
  },
  UNAUTHENTICATED: { status: 401, he: 'יש להתחבר כדי לבצע פעולה זו', en: 'Sign in to do this' },
  FORBIDDEN: { status: 403, he: 'אין לך הרשאה לבצע פעולה זו', en: 'You are not allowed to do this' },
  CSRF_ORIGIN_MISMATCH: { status: 403, he: 'הבקשה נשלחה ממקור לא מורשה', en: 'The request came from a foreign origin' },
  INVALID_CREDENTIALS: { status: 401, he: 'דוא"ל או סיסמה שגויים', en: 'Wrong email or password' },
  RATE_LIMITED: { status: 429, he: 'יותר מדי ניסיונות. נסו שוב בעוד דקה', en: 'Too many attempts. Try again in a minute' },
  NOT_FOUND: { status: 404, he: 'הפריט המבוקש לא נמצא', en: 'The requested item was not found' },
  AUTHORITY_NOT_FOUND: { status: 404, he: 'הרשות המקומית לא נמצאה', en: 'The local authority was not found' },
  CLUSTER_NOT_FOUND: { status: 404, he: 'האשכול לא נמצא', en: 'The cluster was not found' },
  CLUSTER_SLUG_TAKEN: { status: 409, he: 'כבר קיים אשכול עם מזהה זה', en: 'A cluster with this identifier already exists' },
  MEMBERSHIP_NOT_FOUND: { status: 404, he: 'לרשות אין חברות פעילה באשכול זה', en: 'The authority has no open membership in this cluster' },
  MEMBERSHIP_OVERLAP: {
    status: 409,
    he: 'הרשות כבר חברה באשכול בתקופה זו. רשות אינה יכולה להיות בשני אשכולות בו-זמנית',
    en: 'The authority is already a member of a cluster in this period; it cannot be in two clusters at once',
  },
  MEMBERSHIP_DATES_INVALID: { status: 422, he: 'תאריך העזיבה קודם לתאריך ההצטרפות', en: 'The leave date is before the join date' },
  NOT_A_MEMBER: { status: 409, he: 'הרשות אינה חברה באשכול כעת', en: 'The authority is not currently a member of a cluster' },
  UNKNOWN_DOMAIN: { status: 400, he: 'תחום לא מוכר', en: 'Unknown domain' },
  CSV_ENCODING: {
    status: 400,
    he: 'קידוד הקובץ אינו UTF-8. שמרו את הקובץ מחדש כ-"CSV UTF-8" ונסו שוב',
    en: 'The file is not UTF-8 encoded. Save it again as "CSV UTF-8" and retry',
  },
  CSV_HEADER: { status: 400, he: 'כותרות הקובץ אינן בפורמט הצפוי', en: 'The file headers are not in the expected format' },
  IMPORT_INVALID_ROWS: {
    status: 422,
    he: 'הקובץ לא יובא: יש בו שורות שגויות. לא בוצע שום שינוי',
    en: 'The file was not imported: some rows are invalid. Nothing was changed',
  },
  COST_SHARING_INVALID: {
    status: 422,
    he: 'לא ניתן לחשב את חלוקת העלויות עבור נתונים אלה',
    en: 'The cost sharing cannot be computed for this data',
  },
  /** A study proposes a method the engine could not compute for its data (the issue names the engine's reason). */
  PROPOSED_METHOD_FAILED: {
    status: 422,
    he: 'לא ניתן לחשב את השיטה המוצעת עבור נתונים אלה, ולכן הבחינה לא נשמרה. הציעו שיטה אחרת',
    en: 'The proposed method cannot be computed for this data, so the study was not saved. Propose another method',
  },
  /** The engine itself failed (its solver), whatever the data: an internal failure, never bad input. */
  COST_SHARING_FAILED: {
    status: 500,
    he: 'החישוב נכשל בשל תקלה פנימית, לא בשל הנתונים. נסו שיטה אחרת',
    en: 'The computation failed on an internal fault, not because of the data. Try another method',
  },
  COMPUTATION_TOO_LONG: {
    status: 422,
    he: 'החישוב ארך יותר מהזמן המותר. הקטינו את מספר המשתתפים או השתמשו בערך שפלי בדגימה',
    en: 'The computation took longer than allowed. Use fewer participants or the sampled Shapley value',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    he: 'מסד הנתונים אינו זמין כרגע. דבר לא נשמר; נסו שוב בעוד כמה רגעים',
    en: 'The database is not available right now. Nothing was saved; try again in a few moments',
  },
  SERVER_BUSY: { status: 503, he: 'השרת עסוק בחישובים אחרים. נסו שוב בעוד כמה שניות', en: 'The server is busy with other computations. Try again in a few seconds' },
  SERVICE_NOT_FOUND: { status: 404, he: 'השירות לא נמצא', en: 'The service was not found' },
  NOT_A_CLUSTER_MEMBER: { status: 409, he: 'ניתן להזמין רק רשויות החברות באשכול', en: 'Only member authorities of the cluster can be invited' },
  NOT_INVITED: { status: 409, he: 'הרשות לא הוזמנה לשירות זה', en: 'The authority was not invited to this service' },
  PARTICIPATION_STATE: { status: 409, he: 'לא ניתן לשנות את ההשתתפות במצבה הנוכחי', en: 'The participation cannot change from its current state' },
  PARTICIPATION_DATES_INVALID: {
    status: 422,
    he: 'תאריך העזיבה קודם למועד שבו הרשות הצטרפה לשירות',
    en: 'The leave date is before the date the authority joined the service',
  },
  SERVICE_FROZEN: {
    status: 409,
    he: 'השירות הוגש לוועדה ולכן אינו ניתן לשינוי כעת',
    en: 'The service has been submitted to the committee and cannot change now',
  },
  TRANSITION_NOT_ALLOWED: { status: 409, he: 'הפעולה אינה אפשרית במצבו הנוכחי של השירות', en: "This action is not possible in the service's current state" },
  STUDY_NOT_FOUND: { status: 404, he: 'בחינת ההיתכנות לא נמצאה', en: 'The feasibility study was not found' },
  STUDY_REQUIRED: { status: 409, he: 'נדרשת בחינת היתכנות כלכלית לפני ההגשה', en: 'A feasibility study is required before submitting' },
  STUDY_PARTICIPANTS_MISMATCH: {
    status: 409,
    he: 'הרשויות בבחינת ההיתכנות אינן הרשויות שהצטרפו לשירות. עדכנו את הבחינה',
    en: 'The study covers other authorities than those that joined the service. Update the study',
  },
  STUDY_OUT_OF_RANGE: {
    status: 409,
    he: 'גרסה זו של בחינת ההיתכנות מכילה נתונים מחוץ לטווח שמערכת אשכול מחשבת בו. שמרו גרסה חדשה',
    en: 'This version of the study holds figures beyond the range Eshkol computes with. Save a new version',
  },
  APPROVALS_MISSING: {
    status: 409,
    he: 'לא כל הרשויות המוזמנות השיבו, או שחסר אישור מועצה לרשות שהצטרפה',
    en: 'Not every invited authority has answered, or a joining authority lacks its council approval',
  },
  NO_PARTICIPANTS: { status: 409, he: 'אף רשות לא הצטרפה לשירות', en: 'No authority has joined the service' },
  GRANT_ONLY_FOR_CORE: { status: 409, he: 'מענק תמריץ ניתן רק לשירות ליבה', en: 'An incentive grant is only for a core service' },
  BUDGET_EXCEEDS_ALLOCATION: {
    status: 409,
    he: 'הסכום חורג מיתרת ההקצאה של האשכול',
    en: "The amount exceeds the cluster's available allocation",
  },
  WITHDRAWAL_EXCEEDS_AVAILABLE: {
    status: 409,
    he: 'אפשר להחזיר רק מהיתרה שהאשכול טרם התחייב עליה',
    en: 'Only the part of the allocation the cluster has not committed can be taken back',
  },
  BUDGET_EXCEEDS_PROGRAMME: { status: 409, he: 'הסכום חורג מיתרת התוכנית שטרם הוקצתה', en: "The amount exceeds the programme's unallocated balance" },
  PAYMENT_EXCEEDS_COMMITMENT: { status: 409, he: 'התשלום חורג מהמענק שנותר לפרויקט', en: "The payment exceeds the project's remaining grant" },
  MILESTONES_EXCEED_GRANT: { status: 409, he: 'סכום אבני הדרך חורג מהמענק שאושר', en: 'The milestones add up to more than the approved grant' },
  NO_PROGRAMME: { status: 409, he: 'טרם הוגדרה תוכנית תמריצים פעילה', en: 'No incentive programme has been set up yet' },
  PROGRAMME_NOT_FOUND: { status: 404, he: 'תוכנית התמריצים לא נמצאה', en: 'The incentive programme was not found' },
  SUBMISSION_NOT_FOUND: { status: 404, he: 'ההגשה לא נמצאה', en: 'The submission was not found' },
  MILESTONE_NOT_FOUND: { status: 404, he: 'אבן הדרך לא נמצאה', en: 'The milestone was not found' },
  CONDITION_NOT_FOUND: { status: 404, he: 'התנאי לא נמצא', en: 'The condition was not found' },
  DOCUMENT_NOT_FOUND: { status: 404, he: 'המסמך לא נמצא', en: 'The document was not found' },
  DOCUMENT_TYPE: {
    status: 415,
    he: 'המסמך חייב להיות קובץ PDF או תמונה (PNG או JPEG)',
    en: 'The document must be a PDF or an image (PNG or JPEG)',
  },
  /** params: limitMb — what one user may upload in 24 hours. */
  DOCUMENT_QUOTA_DAILY: {
    status: 429,
    he: 'ההעלאה חורגת ממכסת ההעלאות שלך ל-24 שעות. נסו שוב מאוחר יותר',
    en: 'This upload would exceed your upload quota for 24 hours. Try again later',
  },
  /** params: limitMb — what one cluster's documents may take in all. */
  DOCUMENT_QUOTA_CLUSTER: {
    status: 413,
    he: 'מסמכי האשכול הגיעו למכסת האחסון שלהם. פנו למנהלת התוכנית',
    en: "The cluster's documents have reached their storage quota. Ask the programme management",
  },
  BODY_NOT_FOUND: { status: 404, he: 'הגוף לא נמצא', en: 'The body was not found' },
  SEAT_NOT_FOUND: { status: 404, he: 'המושב לא נמצא', en: 'The seat was not found' },
  BODY_SCOPE_INVALID: {
    status: 422,
    he: 'ועדת ההיגוי והוועדה המקצועית הן גופי התוכנית ואינן שייכות לאשכול; דירקטוריון ופורומים שייכים לאשכול',
    en: "The steering and professional committees are the programme's and belong to no cluster; a board and forums belong to a cluster",
  },
  FORUM_DOMAIN_REQUIRED: { status: 422, he: 'לפורום מקצועי נדרש תחום, ורק לו', en: 'A professional forum needs a domain, and only it has one' },
  /** params: authorityId, on — the seat's authority is not a member of the body's cluster on the day its term starts. */
  SEAT_AUTHORITY_NOT_MEMBER: {
    status: 409,
    he: 'הרשות אינה חברה באשכול של הגוף ביום תחילת הכהונה',
    en: "The authority is not a member of the body's cluster on the day the term starts",
  },
  SEAT_TERM_INVALID: { status: 422, he: 'הכהונה מסתיימת לפני שהיא מתחילה', en: 'The term ends before it starts' },
  SEAT_ENDED: { status: 409, he: 'הכהונה במושב זה כבר הסתיימה; לתיקון תאריך הסיום יש לתקן את המושב', en: "This seat's term has already ended; correct the seat to change its end" },
  /** params: fault — the engine's reason (casting-vote-needs-simple-majority, fraction-out-of-range, quorum-count-not-positive). */
  RULES_INVALID: { status: 422, he: 'כללי ההצבעה אינם ניתנים לספירה', en: 'The voting rules cannot be counted' },
  /** params: latest — the day the body's latest rules hold from. */
  RULES_BEFORE_CURRENT: {
    status: 409,
    he: 'כללים חדשים חלים מיום הכללים האחרונים או אחריו; שינוי אינו משכתב את העבר',
    en: 'New rules hold from the day of the latest rules or later; a change never rewrites the past',
  },
  MEETING_NOT_FOUND: { status: 404, he: 'הישיבה לא נמצאה', en: 'The meeting was not found' },
  ITEM_NOT_FOUND: { status: 404, he: 'הנושא לא נמצא בסדר היום', en: 'The agenda item was not found' },
  DECISION_NOT_FOUND: { status: 404, he: 'ההחלטה לא נמצאה', en: 'The decision was not found' },
  ATTENDANCE_NOT_FOUND: { status: 404, he: 'רישום הנוכחות לא נמצא', en: 'The attendance record was not found' },
  MEETING_IN_PAST: { status: 422, he: 'לא ניתן לזמן ישיבה למועד שכבר עבר', en: 'A meeting cannot be scheduled for a time that has passed' },
  MEETING_TOO_FAR: { status: 422, he: 'ישיבה ניתן לזמן עד שלוש שנים מראש', en: 'A meeting can be scheduled up to three years ahead' },
  MEETING_CLOSED: { status: 409, he: 'הישיבה נסגרה: אין לשנות בה נוכחות, הצבעות או החלטות; תיקון נעשה בהחלטה חדשה', en: 'The meeting is closed: its attendance, votes and decisions no longer change; a correction takes a new decision' },
  MEETING_NOT_CLOSED: { status: 409, he: 'פרוטוקול נכתב לאחר סגירת הישיבה', en: 'Minutes are written once the meeting is closed' },
  MEETING_NOT_INVITED: { status: 422, he: 'הרשות או הארגון אינם מוזמנים לישיבה זו', en: 'The authority or organisation is not invited to this meeting' },
  ATTENDANCE_NOT_SEATED: { status: 422, he: 'המושב אינו פעיל ביום הישיבה', en: 'The seat is not active on the day of the meeting' },
  ATTENDANCE_TWICE: { status: 409, he: 'נוכחותו של בעל המושב כבר נרשמה', en: 'The seat holder is already recorded as present' },
  ITEM_NO_VOTE: { status: 409, he: 'בנושא זה אין הצבעה', en: 'This item is not voted on' },
  BALLOT_NOT_MEMBER: { status: 422, he: 'הצבעה של רשות או ארגון שאינם חברים בעלי זכות הצבעה בגוף', en: 'A ballot from an authority or organisation that is not a voting member of the body' },
  BALLOT_NOT_PRESENT: { status: 422, he: 'הצבעה של רשות או ארגון שאין להם נציג נוכח', en: 'A ballot from an authority or organisation with nobody present' },
  BALLOT_TWICE: { status: 422, he: 'רשות או ארגון הצביעו פעמיים', en: 'An authority or organisation voted twice' },
  TALLY_UNUSABLE: { status: 409, he: 'לא ניתן לספור את ההצבעה לפי כללי הגוף', en: "The vote cannot be counted by the body's rules" },
  DECISION_EXISTS: { status: 409, he: 'בנושא זה כבר נרשמה החלטה', en: 'A decision is already recorded on this item' },
  DECISION_NO_QUORUM: { status: 409, he: 'אין מניין: לא ניתן לקבל החלטה', en: 'There is no quorum: no decision can be taken' },
  ITEM_NOT_DECIDED: { status: 409, he: 'רק נושא שהתקבלה בו החלטה ניתן להעביר', en: 'Only an item with a decision taken can be forwarded' },
  DECISION_OWNER_NOT_MEMBER: { status: 422, he: 'הרשות האחראית לביצוע חייבת להיות רשות חברה באשכול ביום ההחלטה', en: 'The authority that carries out a decision must be a member of the cluster on the day of the decision' },
  ITEM_LINK_NOT_FOUND: { status: 422, he: 'הנושא המקושר לא נמצא', en: 'The record the item is about was not found' },
  ITEM_LINK_SCOPE: { status: 422, he: 'ניתן לקשר נושא רק לשירות, לבחינה, להגשה או להחלטה של אותו אשכול', en: 'An item can be about a service, study, submission or decision of the same cluster only' },
  PROGRESS_REPORT_PENDING: { status: 409, he: 'דוח התקדמות של אבן הדרך ממתין לבדיקת המשרד', en: 'A progress report of this milestone is waiting for the ministry’s review' },
  PROGRESS_REPORT_APPROVED: { status: 409, he: 'דוח ההתקדמות של אבן הדרך כבר אושר', en: 'The progress report of this milestone is already approved' },
  PROGRESS_REPORT_NOT_FOUND: { status: 404, he: 'דוח ההתקדמות לא נמצא', en: 'The progress report was not found' },
  PROGRESS_REPORT_NOT_PENDING: { status: 409, he: 'דוח ההתקדמות אינו ממתין לבדיקה', en: 'The progress report is not waiting for review' },
  PROGRESS_REPORT_MISSING: { status: 409, he: 'לא ניתן לשלם לפני שדוח ההתקדמות של אבן הדרך אושר', en: 'The milestone cannot be paid before its progress report is approved' },
  COMPLIANCE_RULES_EXIST: { status: 409, he: 'כבר נקבעו כללים מיום זה; קבעו אותם מיום אחר', en: 'Rules from that day were already set; set them from another day' },
  COMPLIANCE_FEED_NONE: { status: 409, he: 'לאשכול אין כתובת יומן פעילה', en: 'The cluster has no calendar address to revoke' },
  COMPLIANCE_FEED_NOT_FOUND: { status: 404, he: 'כתובת היומן אינה קיימת או בוטלה', en: 'This calendar address does not exist or was revoked' },
  FORWARD_SCOPE_INVALID: { status: 422, he: 'ניתן להעביר רק לגוף אחר של אותו אשכול', en: 'An item can be forwarded only to another body of the same cluster' },
  NO_NEXT_MEETING: { status: 409, he: 'לגוף שאליו מעבירים אין ישיבה מתוכננת; יש לזמן ישיבה תחילה', en: 'The receiving body has no scheduled meeting; schedule one first' },
  MINUTES_NONE: { status: 409, he: 'טרם נכתב פרוטוקול לישיבה', en: 'The meeting has no minutes yet' },
  MINUTES_APPROVED: { status: 409, he: 'הפרוטוקול אושר וננעל; אין לשנותו', en: 'The minutes are approved and frozen; they no longer change' },
  APPROVAL_DECISION_INVALID: { status: 422, he: 'אישור בהצבעה דורש החלטה שהתקבלה בישיבה מאוחרת יותר של אותו גוף', en: 'Approval by vote takes a decision passed at a later meeting of the same body' },
  BOARD_APPROVAL_MISSING: { status: 409, he: 'האשכול דורש החלטת דירקטוריון המאשרת את ההגשה לפני העברתה לוועדה המקצועית', en: 'The cluster requires a board decision approving the submission before it goes to the professional committee' },
  STAFFING_POSITION_NOT_FOUND: { status: 404, he: 'המשרה לא נמצאה בתקן האשכול', en: "The position was not found in the cluster's establishment" },
  STAFFING_POSITION_NOT_APPROVED: { status: 409, he: 'המשרה טרם אושרה בתקן: אין לשבץ בה עובד או לשנותה לפני אישורה', en: "The position is not approved: nobody is recorded in it and it does not change before its approval" },
  STAFFING_BEFORE_APPROVAL: { status: 422, he: 'לא ניתן לרשום עובד במשרה מיום שלפני אישור המשרה', en: "Nobody is recorded in a position from a day before the position's approval" },
  STAFFING_REQUEST_NOT_FOUND: { status: 404, he: 'הבקשה לא נמצאה', en: "The request was not found" },
  STAFFING_REQUEST_PENDING: { status: 409, he: 'בקשה אחרת למשרה זו ממתינה לבדיקת הרגולטור', en: "Another request about this position is waiting for the regulator's review" },
  STAFFING_REQUEST_NOT_PENDING: { status: 409, he: 'הבקשה אינה ממתינה לבדיקה', en: "The request is not waiting for review" },
  STAFFING_REQUEST_NOT_RETURNED: { status: 409, he: 'רק בקשה שהוחזרה עם הערות ניתן להגיש מחדש', en: "Only a request returned with remarks can be submitted again" },
  STAFFING_KIND_MISMATCH: { status: 422, he: 'ההצעה אינה מסוג הבקשה', en: "The proposal is not of the request's kind" },
  STAFFING_PERSON_NOT_FOUND: { status: 404, he: 'העובד לא נמצא', en: "The person was not found" },
  STAFFING_PERSON_ENDED: { status: 409, he: 'העסקת העובד כבר הסתיימה', en: "The person's employment has already ended" },
  STAFFING_END_BEFORE_START: { status: 422, he: 'יום סיום ההעסקה קודם ליום תחילתה', en: "The employment's last day is before its first" },
  STAFFING_APPROVAL_DAY_INVALID: { status: 422, he: 'יום האישור אינו יכול להיות יום עתידי, והוא ניתן רק באישור פתיחת משרה', en: "The approval day cannot be a day to come, and is given only when approving a position's opening" },
  FINANCIAL_REPORT_NOT_FOUND: { status: 404, he: 'הדוח הכספי לא נמצא', en: 'The financial report was not found' },
  FINANCIAL_REPORT_YEAR_NOT_ENDED: { status: 422, he: 'דוח כספי מוגש על שנת כספים שהסתיימה: לא על השנה הנוכחית ולא על שנה עתידית', en: 'A financial report is for a fiscal year that has ended: not the current year, nor one to come' },
  FINANCIAL_REPORT_UNBALANCED: { status: 422, he: 'הנתונים אינם מתאזנים: סך ההכנסות פחות סך ההוצאות אינו שווה לעודף (גירעון)', en: 'The figures do not add up: total revenue less total expenses is not the surplus (deficit)' },
  FINANCIAL_REPORT_ACCEPTED: { status: 409, he: 'הדוח הכספי לשנה זו כבר התקבל', en: 'The financial report for this year is already accepted' },
  FINANCIAL_REPORT_PENDING: { status: 409, he: 'הדוח הכספי לשנה זו ממתין לבדיקת הרגולטור', en: "The financial report for this year is waiting for the regulator's review" },
  FINANCIAL_REPORT_EXISTS: { status: 409, he: 'לשנה זו כבר הוגש דוח כספי שהוחזר עם הערות: הגישו אותו מחדש', en: 'A financial report for this year was returned with remarks: resubmit it' },
  FINANCIAL_REPORT_NOT_RETURNED: { status: 409, he: 'רק דוח כספי שהוחזר עם הערות ניתן להגיש מחדש', en: 'Only a financial report returned with remarks can be submitted again' },
  FINANCIAL_REPORT_NOT_PENDING: { status: 409, he: 'הדוח הכספי אינו ממתין לבדיקה', en: 'The financial report is not waiting for review' },
  FINANCIAL_REPORT_STATEMENTS_NOT_PDF: { status: 422, he: 'הדוחות המבוקרים מצורפים כקובץ PDF', en: 'The audited statements are attached as a PDF' },
  LEGAL_FORM_DATES_INVALID: { status: 422, he: 'סיום הצורה המשפטית קודם לתחילתה', en: "The legal form's end is before its start" },
  LEGAL_FORM_OVERLAP: { status: 409, he: 'לאשכול כבר רשומה צורה משפטית בתקופה זו', en: "The cluster already has a legal form recorded for this period" },
  ORDER_ESTABLISHING_EXISTS: { status: 409, he: 'לאשכול כבר רשום צו מקים; צו נוסף נרשם כצו מתקן', en: "The cluster already has an establishing order; another order is recorded as an amendment" },
  POWER_NOT_FOUND: { status: 404, he: 'הסמכות אינה ברשימת הסמכויות', en: "The power is not in the list of powers" },
  POWER_NAME_TAKEN: { status: 409, he: 'כבר קיימת ברשימה סמכות בשם זה', en: "A power of this name is already in the list" },
  POWER_RETIRED: { status: 409, he: 'הסמכות הוצאה מהרשימה: אין להאציל אותה מחדש', en: "The power was retired from the list: it is not delegated anew" },
  DELEGATION_NOT_FOUND: { status: 404, he: 'האצלת הסמכות לא נמצאה', en: "The delegation was not found" },
  DELEGATION_NOT_MEMBER: { status: 409, he: 'הרשות אינה חברה באשכול ביום תחילת ההאצלה', en: "The authority is not a member of the cluster on the delegation's first day" },
  DELEGATION_DATES_INVALID: { status: 422, he: 'יום סיום ההאצלה קודם ליום תחילתה', en: "The delegation's last day is before its first" },
  DELEGATION_OVERLAP: { status: 409, he: 'הרשות כבר האצילה סמכות זו בתקופה זו', en: "The authority already delegates this power in this period" },
  DELEGATION_ENDED: { status: 409, he: 'ההאצלה כבר הסתיימה', en: "The delegation has already ended" },
  INDICATOR_NOT_FOUND: { status: 404, he: 'המדד לא נמצא', en: 'The indicator was not found' },
  MEASUREMENT_VALUE_NOT_FOUND: { status: 404, he: 'הערך לא נמצא', en: 'The value was not found' },
  /** params: frequency — the indicator's. */
  MEASUREMENT_PERIOD_INVALID: { status: 422, he: 'התקופה אינה בתדירות המדידה של המדד', en: "The period is not of the indicator's frequency" },
  MEASUREMENT_PERIOD_FUTURE: { status: 422, he: 'ערך בפועל ניתן להזין רק לתקופה שכבר התחילה', en: 'An actual value is entered only for a period that has begun' },
  /** params: min, max — the indicator's range (either may be null). */
  MEASUREMENT_VALUE_OUT_OF_RANGE: { status: 422, he: 'הערך מחוץ לטווח הערכים של המדד', en: "The value is outside the indicator's range" },
  MEASUREMENT_NOT_MEMBER: { status: 422, he: 'הרשות לא הייתה חברה באשכול בתקופה זו', en: 'The authority was not a member of the cluster in that period' },
  MEASUREMENT_BASELINE_AFTER_JOIN: { status: 422, he: 'ערך הבסיס הוא של תקופה שלפני הצטרפות הרשות לשירות', en: 'A baseline is of a period before the authority joined the service' },
  MEASUREMENT_VALUE_PENDING: { status: 409, he: 'גרסה קודמת של ערך זה ממתינה לאישור שותף המדידה', en: "An earlier version of this value is waiting for the measurement partner's approval" },
  MEASUREMENT_VALUE_NOT_PENDING: { status: 409, he: 'הערך אינו ממתין לאישור', en: 'The value is not waiting for approval' },
  MEASUREMENT_VERSION_STALE: { status: 409, he: 'הוזנה גרסה חדשה יותר של הערך; בדקו אותה', en: 'A newer version of the value was entered; review that one' },
  MEASUREMENT_FREQUENCY_LOCKED: { status: 409, he: 'למדד כבר הוזנו ערכים, ולכן אין לשנות את תדירות המדידה שלו', en: 'Values were entered for the indicator, so its frequency no longer changes' },
  IMPORT_XLSX_UNREADABLE: { status: 400, he: 'לא ניתן לקרוא את הקובץ כגיליון Excel ‏(xlsx)', en: 'The file cannot be read as an Excel sheet (xlsx)' },
  DEMO_ACCOUNTS_IN_PRODUCTION: { status: 500, he: 'קיימים חשבונות הדגמה בסביבת ייצור', en: 'Demo accounts exist in production' },
  INTERNAL: { status: 500, he: 'אירעה שגיאה פנימית', en: 'An internal error occurred' },
} as const;

export type ErrorCode = keyof typeof errorCatalog;
export const errorCodes = Object.keys(errorCatalog) as [ErrorCode, ...ErrorCode[]];

/**
 * What is wrong with one field or one row of a file, as a stable code with its figures: the web
 * words it in the reader's language (`params` fill the message); `message` is English for API
 * clients and logs, never shown in a page.
 */
export const issueCodes = [
  // A field that fails the request's schema (zod's own codes; params: minimum, maximum, inclusive, expected, format …).
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
  // A field's business rule.
  /** params: authorityId — invited, but not a current member of the cluster. */
  'not_cluster_member',
  /** params: value — the same value twice in one list. */
  'duplicate',
  /** A date after today (an approval, a decision). */
  'date_in_future',
  /** An amount in shekels with more than two decimals. */
  'not_whole_agorot',
  /** params: authorityId — joined the service but is missing from the study. */
  'missing_participant',
  /** params: authorityId — in the study but has not joined the service. */
  'extra_participant',
  /** Conditions given with a decision that is not an approval with conditions. */
  'conditions_not_allowed',
  /** A value that must be given. */
  'required',
  /** A text with a control character (U+0000 and the like) in it. */
  'control_character',
  /** A text with half of a surrogate pair in it, which is no character (JSON can write one as `\ud800`). */
  'malformed_text',
  /** A file name header that is not percent-encoded UTF-8. */
  'file_name_encoding',
  /** params: code — the cost-sharing engine refused the game (its own error code). */
  'cost_sharing',
  /** params: value — a method the feasibility study did not compute. */
  'method_not_in_study',
  // A row of an imported file (each with its `line`).
  /** params: reason — the file cannot be read as CSV. */
  'csv_unreadable',
  /** params: columns — a column (or one of its alternative names) is missing. */
  'csv_missing_column',
  /** params: value, whole, min?, max? — not a number, or out of range. */
  'not_a_number',
  /** params: value — a value the column does not know (an authority type, a status). */
  'unknown_value',
  /** The value is empty. */
  'empty',
  /** Latitude and longitude must be given together. */
  'lat_lon_together',
  /** params: name — a cluster not in the registry, and no slug column to create it. */
  'unknown_cluster',
  /** params: authorityId, name — an authority not in the registry. */
  'unknown_authority',
  /** params: name, cluster, asOf — the authority is already a member of another cluster. */
  'in_other_cluster',
  /** params: line — the same authority as an earlier line. */
  'duplicate_row',
  /** The row names no cluster. */
  'no_cluster',
  /** The membership has no source. */
  'no_source',
  // The regulator's Excel of a financial report (each with its `line`, and its column as `path`).
  /** params: reason — the file cannot be read as an Excel workbook. */
  'xlsx_unreadable',
  /** params: label — a labelled cell of the template is missing. */
  'xlsx_missing_cell',
  // A financial report's figures.
  /** params: expected — total revenue less total expenses (in shekels), which the surplus is not. */
  'unbalanced',
  /** params: year — the fiscal year has not ended. */
  'year_not_ended',
  // A line of an imported sheet of values (each with its `line`).
  /** params: value — an indicator that does not exist. */
  'unknown_indicator',
  /** params: value, frequency — not a period of the indicator's frequency. */
  'period_invalid',
  /** params: value — an actual value for a period that has not begun. */
  'period_future',
  /** params: authorityId — an authority the reader does not enter values for. */
  'outside_scope',
  /** params: authorityId, period — not a member of the reader's cluster in the period. */
  'not_member_in_period',
  /** params: authorityId, period — a baseline of a period after the authority joined the service. */
  'baseline_after_join',
  /** An earlier version of the value waits for approval. */
  'value_pending',
] as const;
export type IssueCode = (typeof issueCodes)[number];

/** The figures an issue's message needs. */
export const issueParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type IssueParams = z.infer<typeof issueParamsSchema>;

/** One invalid field or file row, with where it was. */
export const problemIssueSchema = z.object({
  /** Where: `body.requestedGrant`, `querystring.limit`, a file's column. */
  path: z.string(),
  line: z.number().int().optional(),
  code: z.enum(issueCodes),
  params: issueParamsSchema.optional(),
  message: z.string(),
});
export type ProblemIssue = z.infer<typeof problemIssueSchema>;

/**
 * RFC 9457 problem details, with Eshkol's stable `code` and, where a message needs figures, its
 * `params`. `title` (English) and `detail` (in the request's language) are for API clients; the
 * web words the code itself from its locale files.
 */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.enum(errorCodes),
  detail: z.string(),
  params: issueParamsSchema.optional(),
  issues: z.array(problemIssueSchema).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
