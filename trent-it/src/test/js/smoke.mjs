// Smoke test of Trent with the AWS SDK for JavaScript v3, run by JsSdkSmokeIT.
// TRENT_ENDPOINT is the server's URL. Prints one "ok <step>" line per step; any failure exits 1.
import {
  CreateAliasCommand,
  CreateKeyCommand,
  DecryptCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  KMSClient,
  ListAliasesCommand,
  ListKeysCommand,
} from "@aws-sdk/client-kms";

const endpoint = process.env.TRENT_ENDPOINT;
if (!endpoint) {
  console.error("TRENT_ENDPOINT is not set");
  process.exit(2);
}

const kms = new KMSClient({
  endpoint,
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
  maxAttempts: 1,
});

function check(condition, what) {
  if (!condition) {
    throw new Error("check failed: " + what);
  }
}

try {
  const created = await kms.send(new CreateKeyCommand({ Description: "js smoke" }));
  const keyId = created.KeyMetadata.KeyId;
  check(created.KeyMetadata.Arn.endsWith(":key/" + keyId), "key ARN names the key");
  console.log("ok CreateKey " + keyId);

  const alias = "alias/js-smoke-" + Date.now();
  await kms.send(new CreateAliasCommand({ AliasName: alias, TargetKeyId: keyId }));
  console.log("ok CreateAlias " + alias);

  const context = { purpose: "smoke", lang: "js" };
  const plaintext = new TextEncoder().encode("attack at dawn");
  const encrypted = await kms.send(
    new EncryptCommand({ KeyId: alias, Plaintext: plaintext, EncryptionContext: context }),
  );
  check(encrypted.KeyId === created.KeyMetadata.Arn, "Encrypt answers the key ARN");
  console.log("ok Encrypt");

  const decrypted = await kms.send(
    new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob, EncryptionContext: context }),
  );
  check(new TextDecoder().decode(decrypted.Plaintext) === "attack at dawn", "round trip");
  check(decrypted.KeyId === created.KeyMetadata.Arn, "Decrypt answers the key ARN");
  console.log("ok Decrypt");

  let refused = null;
  try {
    await kms.send(
      new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob, EncryptionContext: { purpose: "other" } }),
    );
  } catch (e) {
    refused = e.name;
  }
  check(refused === "InvalidCiphertextException", "wrong context is InvalidCiphertextException, got " + refused);
  console.log("ok Decrypt wrong context " + refused);

  const dataKey = await kms.send(new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: "AES_256" }));
  check(dataKey.Plaintext.length === 32, "data key is 32 bytes");
  const unwrapped = await kms.send(new DecryptCommand({ CiphertextBlob: dataKey.CiphertextBlob }));
  check(Buffer.from(unwrapped.Plaintext).equals(Buffer.from(dataKey.Plaintext)), "data key decrypts");
  console.log("ok GenerateDataKey");

  const keys = await kms.send(new ListKeysCommand({}));
  check(keys.Keys.some((k) => k.KeyId === keyId), "ListKeys lists the key");
  console.log("ok ListKeys " + keys.Keys.length);

  const aliases = await kms.send(new ListAliasesCommand({ KeyId: keyId }));
  check(aliases.Aliases.some((a) => a.AliasName === alias), "ListAliases lists the alias");
  console.log("ok ListAliases");

  console.log("SMOKE PASSED");
} catch (e) {
  console.error("SMOKE FAILED: " + (e.name || "") + ": " + e.message);
  process.exit(1);
}
