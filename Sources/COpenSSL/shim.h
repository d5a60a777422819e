#ifndef FOODTRACE_COPENSSL_SHIM_H
#define FOODTRACE_COPENSSL_SHIM_H
#include <openssl/evp.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/crypto.h>
#include <openssl/x509.h>
#include <openssl/ec.h>
#include <openssl/bio.h>
#endif
