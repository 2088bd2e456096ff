package nl.entree.intake.crypto;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A current key and the previous keys still needed during a rotation, each 32 random bytes in base64 and named by an
 * id from 1 to 127 that is stored with every value made with it. A missing or malformed key stops the service at
 * boot, naming the setting but never the value.
 */
record KeyRing(byte currentId, Map<Byte, byte[]> keys) {

    /**
     * @param setting the name of the setting and its environment variable, such as
     *        {@code entree.crypto (ENTREE_ENCRYPTION_KEY)}
     */
    static KeyRing of(int currentId, String current, Optional<List<String>> previous, String setting) {
        Map<Byte, byte[]> configured = new HashMap<>();
        byte id = id(currentId, setting + " key id");
        configured.put(id, bytes(current, setting + " key"));
        String previousName = setting + " previous keys";
        for (String entry : previous.orElse(List.of())) {
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException(previousName + " must list id:base64 entries");
            }
            byte previousId;
            try {
                previousId = id(Integer.parseInt(entry.substring(0, colon).trim()), previousName);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(previousName + " has an id that is not a number");
            }
            if (configured.put(previousId, bytes(entry.substring(colon + 1), previousName)) != null) {
                throw new IllegalStateException(previousName + " repeats key id " + previousId + " or the current one");
            }
        }
        return new KeyRing(id, Map.copyOf(configured));
    }

    byte[] current() {
        return keys.get(currentId);
    }

    private static byte id(int id, String name) {
        if (id < 1 || id > Byte.MAX_VALUE) {
            throw new IllegalStateException(name + ": key ids run from 1 to 127");
        }
        return (byte) id;
    }

    private static byte[] bytes(String base64, String name) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes");
        }
        return raw;
    }
}
