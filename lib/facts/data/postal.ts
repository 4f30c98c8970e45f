import { defineFacts } from "../define";

/**
 * International post and the carriers agents use: how long a postal inquiry can be opened and
 * answered under the Universal Postal Union's rules, what a Chinese consolidator pays for a lost
 * postal parcel, and the volumetric divisors express carriers publish. The UPU's own Convention and
 * regulations could not be read in our stored copies, so the UPU periods rest on postal operators'
 * official pages that apply them; the notes say so. China Post, EMS, Cainiao and Yanwen publish no
 * compensation figure we could read on an official page, so none is given here.
 */

const CHECKED = "2026-12-01";

const USPS_BULLETIN_2006 = {
  title: "USPS Postal Bulletin 22174: International inquiries, time limits (January 2006)",
  url: "https://about.usps.com/postal-bulletin/2006/html/pb22174/pb4a-p_007b.html",
  publisher: "United States Postal Service",
  official: true,
};
const USPS_IMM_921 = {
  title: "USPS International Mail Manual 921, Exhibit 921.2: Time limits for inquiries (archived edition, May 2008)",
  url: "https://pe.usps.com/IMM_Archive/HTML/IMM_Archive_20080512/imm/immc9_002.htm",
  publisher: "United States Postal Service",
  official: true,
};
const HKPOST_WHEN_TO_ENQUIRE = {
  title: "Hongkong Post: When should I make an enquiry on a mail item sent overseas?",
  url: "https://www.hongkongpost.hk/en/faq_support/mail_tracing/q3/index.html",
  publisher: "Hongkong Post",
  official: true,
};
const HKPOST_HOW_LONG = {
  title: "Hongkong Post: How long does it normally take for processing an enquiry on an overseas mail item?",
  url: "https://www.hongkongpost.hk/en/faq_support/mail_tracing/q5/index.html",
  publisher: "Hongkong Post",
  official: true,
};
const USPS_IMM_921_2010 = {
  title: "USPS International Mail Manual 921: Inquiries, allow foreign posts about 60 days to answer (archived edition, June 2010)",
  url: "https://pe.usps.com/IMM_Archive/HTML/IMM_Archive_20100607/imm/immc9_002.htm",
  publisher: "United States Postal Service",
  official: true,
};
const USPS_IMM_930 = {
  title: "USPS International Mail Manual 930: Indemnity payments, paid by the country of origin to the sender (archived edition, May 2019)",
  url: "https://pe.usps.com/IMM_Archive/NHTML/IMM_Archive_20190506/immc9_005.htm",
  publisher: "United States Postal Service",
  official: true,
};
const FOURPX_POSTAL = {
  title: "4PX: Compensation standard for postal products (updated 18 September 2024, in Chinese)",
  url: "https://express.4px.com/article/detail/id/503423/cid/28",
  publisher: "4PX Express",
  official: true,
};
const DHL_EXPRESS_VOLUMETRIC = {
  title: "DHL Express: Volumetric weight",
  url: "https://goglobal.dhl-usa.com/shipping-support-center/get-started/get-a-rate-quote-and-transit-time/volumetric-weight",
  publisher: "DHL Express",
  official: true,
};
const FEDEX_DIM_WEIGHT = {
  title: "FedEx: How is dimensional weight calculated?",
  url: "https://ask.fedex.com/help/en-gb/account-payments/calculation-dim-weight-rex",
  publisher: "FedEx",
  official: true,
};
const FEDEX_DIM_WEIGHT_2010 = {
  title: "FedEx India: Dimensional weight calculator (divisor in force since 18 January 2010)",
  url: "https://www.fedex.com/in/tools/dimweight.html",
  publisher: "FedEx",
  official: true,
};

export const POSTAL_FACTS = defineFacts("postal", [
  {
    id: "upu-inquiry-window",
    statement:
      "Under the Universal Postal Union's rules, postal operators accept an inquiry about a lost registered item or parcel only if it is made within {value} of posting, counted from the day after posting.",
    value: { kind: "duration", amount: 6, unit: "months" },
    appliesTo: ["global"],
    validFrom: "2006-01-17",
    validTo: null,
    sources: [USPS_BULLETIN_2006, USPS_IMM_921, HKPOST_WHEN_TO_ENQUIRE, USPS_IMM_930],
    lastVerified: CHECKED,
    confidence: "medium",
    note:
      "This is the limit the Universal Postal Convention sets, as the US Postal Service and Hongkong Post apply it; we could not read the Convention's own text in a stored copy. It covers registered items, insured items and parcels, not ordinary untracked small packets. Some operators let the addressee open an inquiry too (the US Postal Service's older manual did), but compensation for a lost item goes to the sender unless the sender signs it over in writing. Each operator can ask for more: Hongkong Post asks for enquiries no later than five months after posting because overseas posts refuse late ones. Ask the sender to open the inquiry as soon as the parcel is clearly late, not near the end.",
    mentions: ["inquiry", "inquiries", "enquiry", "enquiries", "Universal Postal"],
  },
  {
    id: "hkpost-enquiry-latest",
    statement: "Hongkong Post asks for an enquiry about a registered item or parcel sent overseas no later than {value} after posting, because overseas postal administrations refuse late enquiries.",
    value: { kind: "duration", amount: 5, unit: "months" },
    appliesTo: ["HK"],
    validFrom: "2024-01-01",
    validTo: null,
    sources: [HKPOST_WHEN_TO_ENQUIRE],
    lastVerified: CHECKED,
    confidence: "high",
    note: "For Speedpost (Hongkong Post's EMS) it asks for enquiries between two days and three months after posting. The date we give is the earliest we vouch for, not when the rule began.",
    mentions: ["Hongkong Post", "Hong Kong Post"],
  },
  {
    id: "upu-inquiry-reply-time",
    statement: "Once the post of the sending country passes on an inquiry, the Universal Postal Union's regulations give the other postal operators up to {value} to reply.",
    value: { kind: "duration", amount: 2, unit: "months" },
    appliesTo: ["global"],
    validFrom: "2010-06-07",
    validTo: null,
    sources: [HKPOST_HOW_LONG, USPS_IMM_921_2010],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "Hongkong Post states the UPU limit; the US Postal Service tells its customers to allow foreign posts about 60 days. Compensation is decided only after that, so a postal claim can take months: keep your platform and payment deadlines running in parallel.",
    mentions: ["reply", "inquiry", "enquiry"],
  },
  {
    id: "fourpx-postal-precarrier-cap",
    statement:
      "4PX, a consolidator many agents use, pays for a parcel on its postal lines (such as its China Post EMS line) only if it is lost before the postal operator takes it over, and then at most the shipping charge plus the declared value up to {value}; once the post has it, 4PX only helps trace it.",
    value: { kind: "money", amount: "100", currency: "USD" },
    appliesTo: ["global"],
    validFrom: "2024-09-18",
    validTo: null,
    sources: [FOURPX_POSTAL],
    lastVerified: CHECKED,
    confidence: "medium",
    note: "These are 4PX's terms for its business customers, such as the agent, not for you; we read the Chinese page through a machine translation. They show why an agent's own compensation terms, not the carrier's, decide what you get back.",
    mentions: ["4PX"],
  },
  {
    id: "dhl-express-volumetric-divisor",
    statement:
      "DHL Express charges an international parcel by its volumetric weight when that is higher than its actual weight, counting every {value} of volume (length × width × height in centimetres) as one kilogram.",
    value: { kind: "count", amount: 5000, noun: "cm³" },
    appliesTo: ["global"],
    validFrom: "2024-01-01",
    validTo: null,
    sources: [DHL_EXPRESS_VOLUMETRIC],
    lastVerified: CHECKED,
    confidence: "high",
    note: "In inches and pounds DHL divides by 139. Some DHL parcel services for road delivery within Europe use a different divisor. The date is the earliest we vouch for.",
  },
  {
    id: "fedex-express-volumetric-divisor",
    statement:
      "FedEx Express charges an international shipment by its dimensional weight when that is higher than its actual weight, counting every {value} of volume (length × width × height in centimetres) as one kilogram.",
    value: { kind: "count", amount: 5000, noun: "cm³" },
    appliesTo: ["global"],
    validFrom: "2010-01-18",
    validTo: null,
    sources: [FEDEX_DIM_WEIGHT, FEDEX_DIM_WEIGHT_2010],
    lastVerified: CHECKED,
    confidence: "high",
    note: "FedEx changed from 6,000 to this divisor for Europe, the Middle East, Africa, India and Latin America on 18 January 2010, and says it may change the factor from time to time.",
    changes: [
      {
        date: "2010-01-18",
        kind: "rule-change",
        from: { kind: "count", amount: 6000, noun: "cm³" },
        summary: "FedEx lowered the divisor, which raises the charged weight of bulky parcels by a fifth.",
      },
    ],
  },
]);
