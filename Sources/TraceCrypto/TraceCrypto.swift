// Module TraceCrypto.
