// How much a screenshot shows: the browser decodes the PNG for us (no image library needed)
// and we count luminance spread and distinct colors. A blank or single-color canvas has a
// spread near 0 and a handful of colors; the menu has text, buttons, stars and a planet.
export async function imageStats(page, png) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let sum = 0, sum2 = 0, n = 0;
    const colors = new Set();
    for (let i = 0; i < d.length; i += 4 * 7) {   // every 7th pixel is plenty
      const y = 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2];
      sum += y; sum2 += y * y; n++;
      colors.add((d[i] >> 3) << 10 | (d[i + 1] >> 3) << 5 | (d[i + 2] >> 3));
    }
    const mean = sum / n;
    return {width: c.width, height: c.height, mean, stddev: Math.sqrt(Math.max(0, sum2 / n - mean * mean)), colors: colors.size};
  }, png.toString('base64'));
}

// How many pixels of a screenshot are within `tol` (per channel) of the colour [r, g, b]: a
// heading in the game's amber, say, is there or not.
export async function countNear(page, png, rgb, tol = 40) {
  return page.evaluate(async ([b64, want, t]) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4)
      if (Math.abs(d[i] - want[0]) <= t && Math.abs(d[i + 1] - want[1]) <= t && Math.abs(d[i + 2] - want[2]) <= t) n++;
    return n;
  }, [png.toString('base64'), rgb, tol]);
}
