package nl.entree.forecast.events;

public enum EventKind {
    MEDIA, CAMPAIGN, LAW, OTHER;

    /**
     * Media peaks and campaigns pass; they must not bend a trend. A law changes the level for good, so the
     * models should learn from the months after it rather than look past them.
     */
    public boolean oneOff() {
        return this != LAW;
    }
}
