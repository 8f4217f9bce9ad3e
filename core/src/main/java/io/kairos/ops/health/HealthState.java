package io.kairos.ops.health;

/** How a component stands. UNKNOWN is "not applicable or nothing to judge yet" and never changes the overall state. */
public enum HealthState {
    OK(0),
    WARN(1),
    FAIL(2),
    UNKNOWN(-1);

    private final int level;

    HealthState(int level) {
        this.level = level;
    }

    /** 0 OK, 1 WARN, 2 FAIL, -1 UNKNOWN: the value of the kairos_health_* metrics. */
    public int level() {
        return level;
    }

    /** The worse of the two, UNKNOWN counting as OK. */
    public HealthState worse(HealthState other) {
        return other.level > level ? other : this;
    }
}
