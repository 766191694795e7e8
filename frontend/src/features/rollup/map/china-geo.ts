// The national map, fetched with the dashboard only: DataV.GeoAtlas' 100000_full.json (provinces by full name,
// Taiwan, Hong Kong, Macau, the South China Sea islands within Hainan, and the ten-dash line as feature 100000_JD),
// as the npm package @esmjs/geo 1.0.0 carries it. A static re-export, so the bundle keeps this one map only.
export { china } from '@esmjs/geo';
