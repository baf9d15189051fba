import { useEffect, useRef } from 'react';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

/**
 * A chart drawn by ECharts into a div: created once, given each new option, resized with the
 * window, disposed on unmount (a leaked instance keeps its resize listener and canvas).
 */
export function EChart({ option, height = 300, testId }: { readonly option: EChartsOption; readonly height?: number; readonly testId?: string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current);
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={element} style={{ width: '100%', height }} data-testid={testId} />;
}
