package de.lotse.web.system;

/**
 * The read models as a web slice test has them: caught up as soon as a command is carried out.
 * The slice's query gateway is a mock that answers a page's own queries; {@link CatchUpTest} tests
 * the waiting itself.
 */
public class CaughtUpAtOnce extends CatchUp {

    CaughtUpAtOnce(Gateways gateways) {
        super(gateways);
    }

    @Override
    Mark mark() {
        return new Mark(0);
    }

    @Override
    void await(Mark before) {
        // the slice has no read models to wait for
    }
}
