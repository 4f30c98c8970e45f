import { SITE_NAME } from "@/lib/site/config";
import { SOCIAL_CARD_SIZE, socialCard } from "@/lib/site/social-card";

export const alt = `${SITE_NAME}: help when an overseas order goes wrong`;
export const size = SOCIAL_CARD_SIZE;
export const contentType = "image/png";

export default function Image() {
  return socialCard({ title: "Help when an overseas order goes wrong", label: "Customs · parcels · fakes · refunds" });
}
