// XML escaping lives with the SVG writer of the one drawing (src/scene/xml.ts); re-exported here.
export { escapeXml } from "../../scene/xml";
