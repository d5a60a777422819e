#ifndef FOODTRACE_COPENSSL_SHIM_H
#define FOODTRACE_COPENSSL_SHIM_H
#include <openssl/evp.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/crypto.h>
#include <openssl/x509.h>
#include <openssl/ec.h>
#include <openssl/bio.h>

/*
 * Swift cannot import function-like macros or call C variadic functions, so the
 * few that TraceCrypto needs are wrapped here as ordinary static inline functions.
 */

/* OPENSSL_free is a macro (it passes __FILE__ and __LINE__). */
static inline void foodtrace_openssl_free(void *pointer) {
    OPENSSL_free(pointer);
}

/* BIO_get_mem_data is a macro over BIO_ctrl; returns the length and points *data at the bytes. */
static inline long foodtrace_bio_get_mem_data(BIO *bio, char **data) {
    return BIO_get_mem_data(bio, data);
}

/* A pem_password_cb that never supplies a password: encrypted keys fail instead of prompting on a terminal. */
static inline int foodtrace_no_password(char *buffer, int size, int rwflag, void *userdata) {
    (void)buffer;
    (void)size;
    (void)rwflag;
    (void)userdata;
    return -1;
}

/* Reads the first private key PEM block from bio, never prompting for a password. */
static inline EVP_PKEY *foodtrace_pem_read_private_key(BIO *bio) {
    return PEM_read_bio_PrivateKey(bio, NULL, foodtrace_no_password, NULL);
}

/* Reads the first public key (SubjectPublicKeyInfo) PEM block from bio. */
static inline EVP_PKEY *foodtrace_pem_read_public_key(BIO *bio) {
    return PEM_read_bio_PUBKEY(bio, NULL, foodtrace_no_password, NULL);
}

/* Writes pkey as an unencrypted PKCS#8 PEM block ("BEGIN PRIVATE KEY"). */
static inline int foodtrace_pem_write_pkcs8(BIO *bio, EVP_PKEY *pkey) {
    return PEM_write_bio_PKCS8PrivateKey(bio, pkey, NULL, NULL, 0, NULL, NULL);
}

#endif
