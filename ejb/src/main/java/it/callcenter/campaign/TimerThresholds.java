package it.callcenter.campaign;

import it.callcenter.BusinessException;

import java.io.Serializable;

/**
 * How long an operator may stay on one customer of the campaign before the workstation's timer turns amber, then red
 * (seconds from taking the customer). Red comes after amber.
 */
public record TimerThresholds(int amberSeconds, int redSeconds) implements Serializable {

    public static final int MIN = 10;
    public static final int MAX = 36_000;
    public static final TimerThresholds DEFAULT = new TimerThresholds(180, 300);

    public TimerThresholds {
        if (amberSeconds < MIN || amberSeconds > MAX) {
            throw new BusinessException("timerAmberSeconds", "OUT_OF_RANGE", MIN, MAX);
        }
        if (redSeconds < MIN || redSeconds > MAX) {
            throw new BusinessException("timerRedSeconds", "OUT_OF_RANGE", MIN, MAX);
        }
        if (redSeconds <= amberSeconds) {
            throw new BusinessException("timerRedSeconds", "TIMER_RED_BEFORE_AMBER");
        }
    }
}
