#!/usr/bin/env python3
"""Writes Trent's documentation-free copy of the AWS KMS API model.

Usage:
    python3 tools/gen-model.py [MODEL] [--out FILE]

MODEL defaults to ../shared/api/kms-service-2.latest-derived.json (botocore JSON format) and
FILE to trent-protocol/src/main/resources/dev/trent/protocol/kms-model.json, both relative to
the repository root whatever the working directory. The output keeps
only what request validation needs, so that a fresh clone builds without ../shared:

    {"targetPrefix": "TrentService",
     "operations": {"Encrypt": {"input": "EncryptRequest", "output": "EncryptResponse"}, ...},
     "shapes": {"EncryptRequest": {"type": "structure", "members": {"KeyId": "KeyIdType", ...},
                                   "required": ["KeyId", "Plaintext"]}, ...}}

Operations, shapes and members keep the model's order (member order decides the order of
validation messages). A shape trait or member trait this script does not know stops it, so a
newer model cannot lose a constraint silently. Stdlib only; the output is deterministic.
"""
import argparse
import json
import os
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_MODEL = os.path.join(
    REPO_ROOT, "..", "shared", "api", "kms-service-2.latest-derived.json")
DEFAULT_OUT = os.path.join(
    REPO_ROOT, "trent-protocol", "src", "main", "resources", "dev", "trent", "protocol", "kms-model.json")

# Traits that carry nothing validation needs: dropped on purpose.
IGNORED_SHAPE_TRAITS = {"documentation", "exception", "fault", "deprecated", "deprecatedMessage"}
IGNORED_MEMBER_TRAITS = {"documentation", "deprecated", "deprecatedMessage"}

# Which traits each shape type may carry, in the order they are written out.
KEPT_TRAITS = {
    "structure": ["members", "required"],
    "string": ["min", "max", "pattern", "enum", "sensitive"],
    "blob": ["min", "max", "sensitive"],
    "integer": ["min", "max"],
    "boolean": [],
    "timestamp": [],
    "list": ["member", "min", "max"],
    "map": ["key", "value", "min", "max"],
}

# AWS prints an enum value set in its own order, not the model's (../shared/aws-errors.md:
# "Enum sets are listed in AWS's own (non-alphabetical) order"). Where a recorded AWS response
# shows that order it is kept here; values the recording predates follow in model order.
AWS_ENUM_ORDER = {
    # 1 validation error detected: Value 'INVALID' at 'macAlgorithm' ...
    "MacAlgorithmSpec": ["HMAC_SHA_384", "HMAC_SHA_256", "HMAC_SHA_224", "HMAC_SHA_512"],
    # 1 validation error detected: Value 'RANDOM' at 'keyUsage' ...
    "KeyUsageType": ["ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC"],
    # 1 validation error detected: Value 'HMAC_random' at 'keySpec' ...
    "KeySpec": ["RSA_2048", "ECC_NIST_P384", "ECC_NIST_P256", "ECC_NIST_P521", "HMAC_384",
                "RSA_3072", "ECC_SECG_P256K1", "RSA_4096", "SYMMETRIC_DEFAULT", "HMAC_256",
                "HMAC_224", "HMAC_512"],
}


class ModelError(Exception):
    pass


def target(ref, where):
    if set(ref) != {"shape"}:
        raise ModelError(f"{where}: expected only a shape reference, found {sorted(ref)}")
    return ref["shape"]


def convert_member(shape_name, member_name, member):
    unknown = set(member) - IGNORED_MEMBER_TRAITS - {"shape"}
    if unknown:
        raise ModelError(f"{shape_name}.{member_name}: unsupported member traits {sorted(unknown)}")
    return member["shape"]


def convert_shape(name, shape):
    kind = shape.get("type")
    if kind not in KEPT_TRAITS:
        raise ModelError(f"{name}: unsupported shape type {kind!r}")
    kept = KEPT_TRAITS[kind]
    unknown = set(shape) - IGNORED_SHAPE_TRAITS - set(kept) - {"type"}
    if unknown:
        raise ModelError(f"{name}: unsupported traits {sorted(unknown)} on a {kind}")
    out = {"type": kind}
    for trait in kept:
        if trait not in shape:
            continue
        value = shape[trait]
        if trait == "members":
            value = {m: convert_member(name, m, ref) for m, ref in value.items()}
        elif trait in ("member", "key", "value"):
            value = target(value, f"{name}.{trait}")
        elif trait == "required":
            missing = [m for m in value if m not in shape.get("members", {})]
            if missing:
                raise ModelError(f"{name}: required members {missing} are not members")
            value = list(value)
        elif trait == "enum":
            value = list(value)
        out[trait] = value
    if name in AWS_ENUM_ORDER:
        out["enumMessageOrder"] = enum_message_order(name, out.get("enum", []))
    return out


def enum_message_order(name, values):
    recorded = AWS_ENUM_ORDER[name]
    stray = [v for v in recorded if v not in values]
    if stray:
        raise ModelError(f"{name}: recorded enum values {stray} are not in the model")
    return recorded + [v for v in values if v not in recorded]


def check_references(shapes):
    def known(ref, where):
        if ref not in shapes:
            raise ModelError(f"{where}: unknown shape {ref!r}")

    for name, shape in shapes.items():
        for member, ref in shape.get("members", {}).items():
            known(ref, f"{name}.{member}")
        for trait in ("member", "key", "value"):
            if trait in shape:
                known(shape[trait], f"{name}.{trait}")


def convert(model):
    shapes = {name: convert_shape(name, shape) for name, shape in model["shapes"].items()}
    check_references(shapes)
    operations = {}
    for name, op in model["operations"].items():
        entry = {}
        for io in ("input", "output"):
            ref = op.get(io)
            entry[io] = None if ref is None else target(ref, f"{name}.{io}")
            if ref is not None and entry[io] not in shapes:
                raise ModelError(f"{name}.{io}: unknown shape {entry[io]!r}")
        operations[name] = entry
    return {
        "targetPrefix": model["metadata"]["targetPrefix"],
        "operations": operations,
        "shapes": shapes,
    }


def render(model):
    return json.dumps(convert(model), indent=1, ensure_ascii=False) + "\n"


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", nargs="?", default=DEFAULT_MODEL)
    parser.add_argument("--out", default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    with open(args.model, encoding="utf-8") as f:
        model = json.load(f)
    try:
        text = render(model)
    except ModelError as e:
        print(f"gen-model: {e}", file=sys.stderr)
        return 1
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"gen-model: {len(model['operations'])} operations, {len(model['shapes'])} shapes"
          f" -> {os.path.relpath(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
