// Electronegativity fetches its translations and Electron's release list over the network with `got`; on a
// machine without internet got's retry path throws from a timer and kills the process. This file, loaded
// with --require only for that run, answers every got call with an immediate network error instead, which
// the tool handles ("could not retrieve …") — so the checks run offline and the run ends cleanly.
const Module = require('node:module');
const load = Module._load;
Module._load = function loadOffline(request, parent, isMain) {
  if (request === 'got') {
    const offline = () =>
      Promise.reject(Object.assign(new Error('offline: no network for this run'), { code: 'ENETUNREACH' }));
    offline.get = offline;
    return offline;
  }
  return load.call(this, request, parent, isMain);
};
