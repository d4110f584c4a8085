"""Independent checks for the end-to-end tests: PyJWT verifies access tokens against the
edge's JWKS, and pyotp computes TOTP codes, so neither check shares code with the server.

    pycheck.py jwt <jwks url> <token> <issuer> <audience>   -> the claims as JSON, or exit 1
    pycheck.py totp <base32 secret> [<offset steps>]        -> the code at now + offset * 30 s
"""

import json
import sys
import time


def check_jwt(jwks_url, token, issuer, audience):
    import jwt

    key = jwt.PyJWKClient(jwks_url).get_signing_key_from_jwt(token)
    claims = jwt.decode(
        token,
        key.key,
        algorithms=["RS256"],
        audience=audience,
        issuer=issuer,
        options={"require": ["exp", "nbf", "iat", "iss", "aud", "sub"]},
    )
    header = jwt.get_unverified_header(token)
    print(json.dumps({"header": header, "claims": claims}))


def totp(secret, offset_steps=0):
    import pyotp

    print(pyotp.TOTP(secret).at(time.time() + 30 * int(offset_steps)))


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    try:
        {"jwt": check_jwt, "totp": totp}[command](*args)
    except Exception as e:  # the caller shows the reason
        print(f"{type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(1)
