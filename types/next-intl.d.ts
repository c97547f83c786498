// Message keys are checked against the English catalogue (messages/en.json): t("nav.explorer") compiles, a typo does not.
import type en from "../messages/en.json";

declare module "next-intl" {
  interface AppConfig {
    Messages: typeof en;
  }
}
