// Gives every unit suite a fresh in-memory IndexedDB (fake-indexeddb) so DB code runs under Node.
import 'fake-indexeddb/auto';
