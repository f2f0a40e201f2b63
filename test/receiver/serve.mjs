// The receiver in a process of its own, on a SQLite file, for the durability test to kill:
// `node serve.mjs FILE` prints "listening PORT" once it accepts requests.
import { createReceiver, nodeServer, openStore } from '../../lib/server/index.js';

const store = await openStore(process.argv[2]);
const server = nodeServer(createReceiver({ store, allowOrigins: ['https://www.example.nl'], messageRate: false }));
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
