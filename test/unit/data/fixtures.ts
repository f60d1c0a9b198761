// Small valid data/ files for the validator and bundle tests (not the real data).
import type { DataTexts } from '../../../src/core/data/schema';

export function validTexts(): DataTexts {
  return {
    provinces: [
      'edition,code,iso_3166_2,name_vi,name_en,in_region,in_bloc,successor_code,source_id',
      'pre2025,27,VN-56,Bắc Ninh,Bac Ninh,1,1,24,src-a',
      'pre2025,24,VN-54,Bắc Giang,Bac Giang,0,0,24,src-a',
      'post2025,24,,Bắc Ninh,Bac Ninh,1,0,,src-a',
    ].join('\n') + '\n',
    sources: [
      'id,title,publisher,publisher_en,url,official_url,citation,date,tier,kind',
      'src-a,FIA table,Cục Đầu tư nước ngoài,Foreign Investment Agency,https://example.org/a,,"FIA table, Cục Đầu tư nước ngoài, 2023-12-22",2023-12-22,A,web',
      'src-b,Bloc report,Khối thi đua,,,,"Bloc report, Khối thi đua, 2019-01-11",2019-01-11,B,seed',
    ].join('\n') + '\n',
    metrics: [
      'id,scope,label_vi,label_en,unit,unit_vi,unit_en,kind,higher_is_better,aggregate,weight_metric,core,derived,description_en,description_vi',
      'fdi_projects_valid,zones,Dự án FDI còn hiệu lực,Valid FDI projects,projects,dự án,projects,stock,1,sum,,1,,Valid FDI projects.,Dự án FDI còn hiệu lực.',
      'kcn_operating_area_ha,zones,Diện tích KCN đang hoạt động,Operating area,ha,ha,ha,stock,,sum,,0,,Operating area.,Diện tích đang hoạt động.',
      'population_thousand,province,Dân số,Population,thousand_persons,nghìn người,thousand persons,stock,,sum,,1,,Population.,Dân số.',
      'projects_per_ha,zones,Dự án trên ha,Projects per ha,count,số,count,rate,,none,,0,fdi_projects_valid / kcn_operating_area_ha,Projects per ha.,Dự án trên ha.',
    ].join('\n') + '\n',
    observations: [
      'id,edition,code,year,period,scope,metric,value,source_id,as_of,flags,note',
      'o-1,pre2025,27,2023,cumulative-to-date,zones,fdi_projects_valid,1200,src-a,2023-12,preferred,',
      'o-2,region,rrd-bloc,2018,cumulative-to-date,zones,fdi_projects_valid,5000,src-b,,,',
      'o-3,pre2025,24,2023,FY,province,population_thousand,1900.5,src-a,,,',
    ].join('\n') + '\n',
    zones: [
      'id,name_vi,name_en,kind,province_code,planned_area_ha,industrial_land_ha,occupancy_pct,occupancy_basis,occupancy_as_of,status,established_year,developer,lon,lat,location_method,precision_m,price_usd_m2,price_term,iip_code,as_of,location_text,aliases,curation,source_ids,location_source_ids,note',
      'bn-tien-son,Khu công nghiệp Tiên Sơn,Tien Son Industrial Park,KCN,27,402.81,,99.5,leasable,2024-06,operating,1998,Viglacera,105.99,21.12,stated-coordinates,1700,115,1998-2048,x,2022,,bn-old,merged,src-a,src-a,',
      'bn-lost,Khu công nghiệp X,X Industrial Park,KCN,27,,,,,,,,,,,,,,,,,,,gathered,src-a,,',
    ].join('\n') + '\n',
    blocEvents: ['year,code,role,source_id', '2018,27,bloc_chair,src-b'].join('\n') + '\n',
    logistics: [
      'id,kind,name_vi,name_en,code,lon,lat,precision_m,status,source_ids,note',
      'noi-bai,airport,Nội Bài,Noi Bai,27,105.807,21.2212,2000,operating,src-a,',
    ].join('\n') + '\n',
    zoneFacts: [
      'zone_id,field,value,as_of,basis,source_ids,flags,role,note',
      'bn-tien-son,occupancy_pct,99.5,2024-06,leasable,src-a,,chosen,',
      'bn-tien-son,occupancy_pct,97,2022,unstated,src-b,approx,older,',
    ].join('\n') + '\n',
    plans: [
      'id,edition,code,year,period,plan_period,scope,kind,plan_metric,wording,metric,achieved_period,value,unit,range_to,source_id,as_of,flags,note',
      'p-aaaaaaaaa1,pre2025,27,2023,FY,FY,zones,target,fdi_projects_valid,,fdi_projects_valid,FY,1000,projects,1200,src-a,,,the lower end of a stated range',
      'p-aaaaaaaaa2,pre2025,27,2023,7M,FY,zones,achievement,fdi_projects_valid,pct,fdi_projects_valid,7M,80,pct,,src-b,,estimate,',
      'p-aaaaaaaaa3,pre2025,27,2020,2016-2020,2016-2020,zones,achievement,jobs_new,times,,,1.5,times,,src-a,,,',
    ].join('\n') + '\n',
    planMetrics: [
      'plan_metric,metric,label_vi,label_en,unit,unit_vi,unit_en,reason',
      'fdi_projects_valid,fdi_projects_valid,,,,,,same id',
      'jobs_new,,Việc làm mới,New jobs,persons,người,persons,no such series',
    ].join('\n') + '\n',
  };
}

/** Replace line `line` (1-based) of a CSV text. */
export function withLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}
