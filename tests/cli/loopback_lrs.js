// Preloaded (node --require) into the real LRS the `lrs_real` test starts:
// it calls app.listen(port), which takes every network interface on a port
// chosen in advance. This makes it listen on 127.0.0.1 only, on a free port
// the system picks, and write that port to $SECONDLOOK_LRS_PORT_FILE once
// it is listening (through a rename, so a reader never sees half of it).
'use strict';
const fs = require('fs');
const net = require('net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const ready = args.find((arg) => typeof arg === 'function');
  return listen.call(this, 0, '127.0.0.1', () => {
    const portFile = process.env.SECONDLOOK_LRS_PORT_FILE;
    fs.writeFileSync(portFile + '.tmp', String(this.address().port));
    fs.renameSync(portFile + '.tmp', portFile);
    if (ready) ready();
  });
};
