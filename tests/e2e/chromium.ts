/** Debian's Chromium, as root, on a machine with no network beyond loopback. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these Chromium keeps dialling out, and the closed network refuses it many times a second.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
