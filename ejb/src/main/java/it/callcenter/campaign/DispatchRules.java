package it.callcenter.campaign;

import it.callcenter.BusinessException;

/**
 * How a campaign hands its entries out: the order, the attempts an entry gets before it is closed, how long an
 * operator holds an entry without recording an outcome, and how long a personal callback waits for its operator
 * after it is due before anyone may take it.
 */
public record DispatchRules(DispatchOrder order, int maxAttempts, int leaseSeconds, int callbackGraceMinutes) {

    public static final DispatchRules DEFAULT = new DispatchRules(DispatchOrder.OLDEST_FIRST, 5, 900, 30);

    public DispatchRules {
        if (order == null) {
            throw new BusinessException("order", "REQUIRED");
        }
        if (maxAttempts < 1 || maxAttempts > 50) {
            throw new BusinessException("maxAttempts", "OUT_OF_RANGE", 1, 50);
        }
        if (leaseSeconds < 10 || leaseSeconds > 14_400) {
            throw new BusinessException("leaseSeconds", "OUT_OF_RANGE", 10, 14_400);
        }
        if (callbackGraceMinutes < 0 || callbackGraceMinutes > 10_080) {
            throw new BusinessException("callbackGraceMinutes", "OUT_OF_RANGE", 0, 10_080);
        }
    }
}
