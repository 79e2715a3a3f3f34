// Copies the GOV.UK Frontend script into wwwroot; fonts and crown images are not used.
import { copyFileSync, mkdirSync } from "node:fs";

mkdirSync("wwwroot/assets", { recursive: true });
copyFileSync("node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js", "wwwroot/assets/govuk-frontend.min.js");
