// Copies the charting library, installed from the npm registry by `npm ci`, into the dashboard's
// classpath folder. Run by Maven (exec-maven-plugin) in target/web; argument: the destination.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const destination = process.argv[2];
const dist = "node_modules/lightweight-charts";
mkdirSync(destination, { recursive: true });
copyFileSync(
  join(dist, "dist/lightweight-charts.standalone.production.mjs"),
  join(destination, "lightweight-charts.js"),
);
copyFileSync(join(dist, "LICENSE"), join(destination, "lightweight-charts.LICENSE.txt"));
