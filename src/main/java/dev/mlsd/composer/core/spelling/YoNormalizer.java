package dev.mlsd.composer.core.spelling;

/** ё and е are one letter to the checker: Russian prints е for ё more often than not. */
final class YoNormalizer {

    private YoNormalizer() {
    }

    /** {@code text} with ё as е (and Ё as Е); same length, so offsets stay valid. */
    static String normalize(String text) {
        return text.indexOf('ё') < 0 && text.indexOf('Ё') < 0 ? text : text.replace('ё', 'е').replace('Ё', 'Е');
    }
}
