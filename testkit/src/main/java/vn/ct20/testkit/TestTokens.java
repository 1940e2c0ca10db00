package vn.ct20.testkit;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/** Signs tokens the services under test accept: {@code TestTokens.bearer("PLAN_EDITOR", "11")}. */
public final class TestTokens {
    public static final String ISSUER = "urn:ct20";
    private static final String PRIVATE = "ct20.testkit.jwt.private";
    private static final String PUBLIC = "ct20.testkit.jwt.public";

    private TestTokens() {
    }

    /** A token for a user with {@code role} acting for unit {@code unitCode}. */
    public static String token(String role, String unitCode) {
        return Jwt.issuer(ISSUER)
                .subject("test-" + role.toLowerCase() + "@" + unitCode)
                .upn("test-" + role.toLowerCase() + "@" + unitCode)
                .groups(Set.of(role))
                .claim("unit", unitCode)
                .expiresIn(Duration.ofHours(1))
                .sign(privateKey());
    }

    /** A user holding several roles at once (e.g. to show that maker and checker must be different people). */
    public static String bearerWithRoles(String subject, String unitCode, String... roles) {
        return "Bearer " + Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(roles)).claim("unit", unitCode)
                .expiresIn(Duration.ofHours(1)).sign(privateKey());
    }

    /** The value of an Authorization header. */
    public static String bearer(String role, String unitCode) {
        return "Bearer " + token(role, unitCode);
    }

    /** The verification key, as {@code mp.jwt.verify.publickey} takes it. */
    public static String publicKeyBase64() {
        keys();
        return System.getProperty(PUBLIC);
    }

    /** The signing key as a PKCS#8 PEM text, for a service that signs tokens itself (the gateway's /dev/token). */
    public static String privateKeyPem() {
        keys();
        String base64 = System.getProperty(PRIVATE);
        StringBuilder pem = new StringBuilder("-----BEGIN PRIVATE KEY-----\n");
        for (int i = 0; i < base64.length(); i += 64) {
            pem.append(base64, i, Math.min(base64.length(), i + 64)).append('\n');
        }
        return pem.append("-----END PRIVATE KEY-----\n").toString();
    }

    private static PrivateKey privateKey() {
        keys();
        try {
            byte[] encoded = Base64.getDecoder().decode(System.getProperty(PRIVATE));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void keys() {
        Properties props = System.getProperties();
        synchronized (props) {
            if (props.getProperty(PRIVATE) != null) {
                return;
            }
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                props.setProperty(PUBLIC, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                props.setProperty(PRIVATE, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
